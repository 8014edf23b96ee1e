using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Persistence;

/// <summary>Everything stored about one workshop, read once at start-up to rebuild the live state.</summary>
public sealed record StoredWorkshop(
    Workshop Workshop,
    LiveState Live,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Answer> Answers,
    IReadOnlyList<Receipt> Receipts,
    IReadOnlyList<ModerationDecision> Moderation);

/// <summary>Reads the record at start-up. After that, reads come from memory and writes go through <see cref="DatabaseWriter"/>.</summary>
public sealed class WorkshopStore(BeleidsdagDatabase database)
{
    public IReadOnlyList<StoredWorkshop> LoadAll()
    {
        var db = database.Database;
        var participants = db.GetCollection(DocumentMapping.Participants).FindAll()
            .Select(DocumentMapping.ToParticipant).ToLookup(p => p.WorkshopId);
        var answers = db.GetCollection(DocumentMapping.Answers).FindAll()
            .Select(DocumentMapping.ToAnswer).ToLookup(a => a.WorkshopId, a => a.Answer);
        var receipts = db.GetCollection(DocumentMapping.Receipts).FindAll()
            .Select(DocumentMapping.ToReceipt).ToLookup(r => r.WorkshopId, r => r.Receipt);
        var moderation = db.GetCollection(DocumentMapping.Moderation).FindAll()
            .Select(DocumentMapping.ToModeration).ToLookup(m => m.WorkshopId, m => m.Decision);
        return [.. db.GetCollection(DocumentMapping.Workshops).FindAll()
            .Select(DocumentMapping.ToWorkshop)
            .Select(w => new StoredWorkshop(
                w.Workshop,
                w.Live,
                [.. participants[w.Workshop.Id]],
                [.. answers[w.Workshop.Id]],
                [.. receipts[w.Workshop.Id]],
                [.. moderation[w.Workshop.Id]]))];
    }
}
