using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// The collections on disk and which one each pending write goes to. The mapping between the domain records
/// and LiteDB documents is one class per document family (<see cref="WorkshopDocuments"/>, <see cref="AnswerDocuments"/>,
/// <see cref="GroupDocuments"/> …), written by hand so that a renamed C# property never silently changes what is on disk.
/// </summary>
internal static class DocumentMapping
{
    public const string Workshops = "workshops";
    public const string Participants = "participants";
    /// <summary>Answers as databases before the answer log stored them, one document each; read, never written.</summary>
    public const string Answers = "answers";
    public const string AnswerLog = "answerLog";
    public const string Receipts = "receipts";
    public const string Moderation = "moderation";
    public const string Memberships = "memberships";
    public const string Werkpunten = "werkpunten";
    public const string Reactions = "reactions";
    public const string Dots = "dots";
    public const string Consent = "consent";
    public const string Delegations = "delegations";
    public const string Evaluations = "evaluations";
    /// <summary>About the database itself, not about a workshop: the number of the last commit (<see cref="CommitFile"/>).</summary>
    public const string Meta = "meta";
    private const string CommitMarkerId = "commit";

    /// <summary>Written in every commit: the commit's number.</summary>
    public static BsonDocument CommitMarker(long sequence) => new() { ["_id"] = CommitMarkerId, ["seq"] = sequence };

    /// <summary>The number of the last commit the database holds (0 before the first numbered one).</summary>
    public static long StoredCommit(LiteDatabase database) =>
        database.GetCollection(Meta).FindById(CommitMarkerId) is { } marker ? marker["seq"].AsInt64 : 0;

    /// <summary>Which collection a pending write goes to, and the document it upserts there (answers: <see cref="Persistence.AnswerLog"/>).</summary>
    public static (string Collection, BsonDocument Document) ToUpsert(PendingWrite write) => write switch
    {
        SaveWorkshop w => (Workshops, WorkshopDocuments.ToDocument(w.Workshop, w.Live)),
        SaveParticipant p => (Participants, ParticipantDocuments.ToDocument(p.Participant)),
        SaveModeration m => (Moderation, ModerationDocuments.ToDocument(m.WorkshopId, m.Decision)),
        SaveMembership m => (Memberships, GroupDocuments.ToDocument(m.WorkshopId, m.Membership)),
        SaveWerkpunt w => (Werkpunten, GroupDocuments.ToDocument(w.WorkshopId, w.Werkpunt)),
        SaveReaction r => (Reactions, GroupDocuments.ToDocument(r.WorkshopId, r.Reaction)),
        SaveDots d => (Dots, VoteDocuments.ToDocument(d.WorkshopId, d.ActivityId, d.Vote)),
        SaveConsent c => (Consent, VoteDocuments.ToDocument(c.WorkshopId, c.ActivityId, c.Vote)),
        SaveReceipt r => (Receipts, ReceiptDocuments.ToDocument(r.WorkshopId, r.Receipt)),
        SaveDelegation d => (Delegations, AgreementDocuments.ToDocument(d.WorkshopId, d.Delegation)),
        SaveEvaluation e => (Evaluations, AgreementDocuments.ToDocument(e.WorkshopId, e.Evaluation)),
        _ => throw new NotSupportedException(write.GetType().Name),
    };

    /// <summary>Which collection a delete goes to and the id it removes; null when the write is an upsert.</summary>
    public static (string Collection, BsonValue Id)? ToDelete(PendingWrite write) => write switch
    {
        DeleteWerkpunt w => (Werkpunten, w.WerkpuntId),
        DeleteDots d => (Dots, $"{d.WorkshopId}|{d.ActivityId}|{d.ParticipantId}"),
        DeleteConsent c => (Consent, $"{c.WorkshopId}|{c.ActivityId}|{c.WerkpuntId}|{c.ParticipantId}"),
        DeleteMembership m => (Memberships, $"{m.WorkshopId}|{m.ExerciseId}|{m.ParticipantId}"),
        DeleteDelegation d => (Delegations, AgreementDocuments.IdOf(d.WorkshopId, d.ActivityId, d.Domain)),
        _ => null,
    };


    public static BsonMapper CreateMapper() => new() { SerializeNullValues = false };
}
