using Beleidsdag.Domain.Workshops;
using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>What the facilitator records for the afsprakennota: delegations per domain, and the evaluation; one document each.</summary>
internal static class AgreementDocuments
{
    public static string IdOf(string workshopId, string activityId, string domain) => $"{workshopId}|{activityId}|{DelegationRules.KeyOf(domain)}";

    public static BsonDocument ToDocument(string workshopId, DelegationRecord d) => new()
    {
        ["_id"] = IdOf(workshopId, d.ActivityId, d.Domain),
        ["workshopId"] = workshopId,
        ["activityId"] = d.ActivityId,
        ["domain"] = d.Domain,
        ["today"] = d.Today,
        ["toWhom"] = d.ToWhom,
        ["decision"] = d.Decision,
        ["reporting"] = d.Reporting,
        ["change"] = d.Change,
    };

    public static (string WorkshopId, DelegationRecord Delegation) ToDelegation(BsonDocument doc) => (doc["workshopId"].AsString, new DelegationRecord(
        doc["activityId"].AsString,
        doc["domain"].AsString,
        doc["today"].AsString,
        doc["toWhom"].AsString,
        doc["decision"].AsString,
        doc["reporting"].AsString,
        doc["change"].AsString));

    public static BsonDocument ToDocument(string workshopId, EvaluationRecord e) => new()
    {
        ["_id"] = $"{workshopId}|{e.ActivityId}",
        ["workshopId"] = workshopId,
        ["activityId"] = e.ActivityId,
        ["when"] = e.When,
        ["byWhom"] = e.ByWhom,
        ["breaches"] = e.Breaches,
        ["midTerm"] = e.MidTerm,
    };

    public static (string WorkshopId, EvaluationRecord Evaluation) ToEvaluation(BsonDocument doc) => (doc["workshopId"].AsString, new EvaluationRecord(
        doc["activityId"].AsString, doc["when"].AsString, doc["byWhom"].AsString, doc["breaches"].AsString, doc["midTerm"].AsString));
}
