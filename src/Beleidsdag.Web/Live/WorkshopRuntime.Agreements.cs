using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Persistence;

namespace Beleidsdag.Web.Live;

/// <summary>
/// What the facilitator records for the afsprakennota (delegations per domain). Same lock, same writer: memory
/// changes under the lock, the caller hears back only after the commit.
/// </summary>
public sealed partial class WorkshopRuntime
{
    private readonly Dictionary<(string Activity, string Domain), DelegationRecord> _delegations = [];
    private readonly Dictionary<string, EvaluationRecord> _evaluations = new(StringComparer.Ordinal);

    /// <summary>Stores what the facilitator recorded about evaluating the agreements; the Dutch problems otherwise, and nothing changes.</summary>
    public async Task<IReadOnlyList<string>> SaveEvaluationAsync(EvaluationRecord record)
    {
        Task write;
        lock (_gate)
        {
            var cleaned = EvaluationRules.Clean(record);
            if (_workshop.Agenda.FirstOrDefault(a => a.Id == cleaned.ActivityId) is not EvaluationActivity)
            {
                return ["Dit agendapunt over de evaluatie bestaat niet (meer)."];
            }

            var errors = EvaluationRules.Check(cleaned);
            if (errors.Count > 0)
            {
                return errors;
            }

            _evaluations[cleaned.ActivityId] = cleaned;
            write = _writer.EnqueueAsync(new SaveEvaluation(_workshop.Id, cleaned));
        }

        await CommittedAsync(write, ChangeKind.Figures);
        return [];
    }

    public EvaluationRecord? BuildEvaluation(string activityId)
    {
        lock (_gate)
        {
            return _evaluations.GetValueOrDefault(activityId);
        }
    }

    /// <summary>Stores one domain's record (a new domain, or the same domain again); the Dutch problems otherwise, and nothing changes.</summary>
    public async Task<IReadOnlyList<string>> SaveDelegationAsync(DelegationRecord record)
    {
        Task write;
        lock (_gate)
        {
            var cleaned = DelegationRules.Clean(record);
            if (_workshop.Agenda.FirstOrDefault(a => a.Id == cleaned.ActivityId) is not DelegationsActivity)
            {
                return ["Dit agendapunt over delegaties bestaat niet (meer)."];
            }

            var errors = DelegationRules.Check(cleaned);
            if (errors.Count > 0)
            {
                return errors;
            }

            var key = (cleaned.ActivityId, DelegationRules.KeyOf(cleaned.Domain));
            if (!_delegations.ContainsKey(key) && _delegations.Keys.Count(k => k.Activity == cleaned.ActivityId) >= Limits.MaxDelegationDomains)
            {
                return [$"Hoogstens {Limits.MaxDelegationDomains} domeinen per agendapunt."];
            }

            _delegations[key] = cleaned;
            write = _writer.EnqueueAsync(new SaveDelegation(_workshop.Id, cleaned));
        }

        await CommittedAsync(write, ChangeKind.Figures);
        return [];
    }

    public async Task<bool> RemoveDelegationAsync(string activityId, string domain)
    {
        Task write;
        lock (_gate)
        {
            if (!_delegations.Remove((activityId, DelegationRules.KeyOf(domain))))
            {
                return false;
            }

            write = _writer.EnqueueAsync(new DeleteDelegation(_workshop.Id, activityId, domain));
        }

        await CommittedAsync(write, ChangeKind.Figures);
        return true;
    }

    /// <summary>The recorded domains of one item: the item's own domains first, in its order, then the others by name.</summary>
    public IReadOnlyList<DelegationRecord> BuildDelegations(string activityId)
    {
        lock (_gate)
        {
            return DelegationsOf(activityId);
        }
    }

    private List<DelegationRecord> DelegationsOf(string activityId)
    {
        var order = (_workshop.Agenda.FirstOrDefault(a => a.Id == activityId) as DelegationsActivity)?.Domains.Select(DelegationRules.KeyOf).ToList() ?? [];
        return [.. _delegations.Where(d => d.Key.Activity == activityId)
            .OrderBy(d => order.IndexOf(d.Key.Domain) is >= 0 and var i ? i : int.MaxValue)
            .ThenBy(d => d.Key.Domain, StringComparer.Ordinal)
            .Select(d => d.Value)];
    }

    private void RestoreAgreements(StoredWorkshop stored)
    {
        _delegations.Clear();
        _evaluations.Clear();
        foreach (var e in stored.Evaluations)
        {
            _evaluations[e.ActivityId] = e;
        }

        foreach (var d in stored.Delegations)
        {
            _delegations[(d.ActivityId, DelegationRules.KeyOf(d.Domain))] = d;
        }
    }
}
