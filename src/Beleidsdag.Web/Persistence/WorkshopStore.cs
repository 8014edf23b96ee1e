using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>Everything stored about one workshop, read once at start-up to rebuild the live state.</summary>
public sealed record StoredWorkshop(
    Workshop Workshop,
    LiveState Live,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Answer> Answers,
    IReadOnlyList<Receipt> Receipts,
    IReadOnlyList<ModerationDecision> Moderation)
{
    public IReadOnlyList<Membership> Memberships { get; init; } = [];

    public IReadOnlyList<Werkpunt> Werkpunten { get; init; } = [];

    public IReadOnlyList<Reaction> Reactions { get; init; } = [];

    public IReadOnlyList<(string ActivityId, DotVote Vote)> Dots { get; init; } = [];

    public IReadOnlyList<(string ActivityId, ConsentVote Vote)> Consent { get; init; } = [];

    public IReadOnlyList<DelegationRecord> Delegations { get; init; } = [];

    public IReadOnlyList<EvaluationRecord> Evaluations { get; init; } = [];
}

/// <summary>Reads the record at start-up. After that, reads come from memory and writes go through <see cref="DatabaseWriter"/>.</summary>
public sealed class WorkshopStore(BeleidsdagDatabase database)
{
    public string DataFolder => database.DataFolder;

    /// <exception cref="DatabaseDamagedException">A document cannot be read: the server must not start with less than it stored.</exception>
    public IReadOnlyList<StoredWorkshop> LoadAll()
    {
        try
        {
            return Load(database.Database);
        }
        catch (Exception e) when (e is not DatabaseDamagedException)
        {
            throw DatabaseDamagedException.Because(database.DataFolder, database.DataFilePath, "het databasebestand is beschadigd: niet alles kan gelezen worden.", e);
        }
    }

    /// <summary>Everything stored, read from <paramref name="db"/> (also inside the writer's transaction).</summary>
    internal static List<StoredWorkshop> Load(LiteDatabase db)
    {
        var allParticipants = db.GetCollection(DocumentMapping.Participants).FindAll().Select(ParticipantDocuments.ToParticipant).ToList();
        var participants = allParticipants.ToLookup(p => p.WorkshopId);
        // Answers and votes stored before they carried their side count for the participant's side.
        var sides = allParticipants.ToDictionary(p => p.Id, p => p.Side ?? Side.Anders, StringComparer.Ordinal);
        Side SideOf(string participantId) => sides.GetValueOrDefault(participantId, Side.Anders);
        var (storedAnswers, answerReceipts) = AnswerLog.Replay(db, SideOf);
        var answers = storedAnswers.ToLookup(a => a.WorkshopId, a => a.Answer);
        var receipts = db.GetCollection(DocumentMapping.Receipts).FindAll()
            .Select(ReceiptDocuments.ToReceipt)
            .Concat(answerReceipts)
            .ToLookup(r => r.WorkshopId, r => r.Receipt);
        var moderation = db.GetCollection(DocumentMapping.Moderation).FindAll()
            .Select(ModerationDocuments.ToModeration).ToLookup(m => m.WorkshopId, m => m.Decision);
        var memberships = db.GetCollection(DocumentMapping.Memberships).FindAll().Select(GroupDocuments.ToMembership).ToLookup(m => m.WorkshopId, m => m.Membership);
        var werkpunten = db.GetCollection(DocumentMapping.Werkpunten).FindAll().Select(GroupDocuments.ToWerkpunt).ToLookup(w => w.WorkshopId, w => w.Werkpunt);
        var reactions = db.GetCollection(DocumentMapping.Reactions).FindAll().Select(GroupDocuments.ToReaction).ToLookup(r => r.WorkshopId, r => r.Reaction);
        var dots = db.GetCollection(DocumentMapping.Dots).FindAll().Select(d => VoteDocuments.ToDots(d, SideOf)).ToLookup(d => d.WorkshopId, d => (d.ActivityId, d.Vote));
        var consent = db.GetCollection(DocumentMapping.Consent).FindAll().Select(c => VoteDocuments.ToConsent(c, SideOf)).ToLookup(c => c.WorkshopId, c => (c.ActivityId, c.Vote));
        var delegations = db.GetCollection(DocumentMapping.Delegations).FindAll().Select(AgreementDocuments.ToDelegation).ToLookup(d => d.WorkshopId, d => d.Delegation);
        var evaluations = db.GetCollection(DocumentMapping.Evaluations).FindAll().Select(AgreementDocuments.ToEvaluation).ToLookup(e => e.WorkshopId, e => e.Evaluation);
        return [.. db.GetCollection(DocumentMapping.Workshops).FindAll()
            .Select(WorkshopDocuments.ToWorkshop)
            .Select(w => new StoredWorkshop(
                w.Workshop,
                w.Live,
                [.. participants[w.Workshop.Id]],
                [.. answers[w.Workshop.Id]],
                [.. receipts[w.Workshop.Id]],
                [.. moderation[w.Workshop.Id]])
            {
                Memberships = [.. memberships[w.Workshop.Id]],
                Werkpunten = [.. werkpunten[w.Workshop.Id]],
                Reactions = [.. reactions[w.Workshop.Id]],
                Dots = [.. dots[w.Workshop.Id]],
                Consent = [.. consent[w.Workshop.Id]],
                Delegations = [.. delegations[w.Workshop.Id]],
                Evaluations = [.. evaluations[w.Workshop.Id]],
            })];
    }
}
