using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Groups;

/// <summary>
/// The werkpunten of one exercise, per group. Any member adds and edits; an edit names the version it
/// started from and is refused when someone else changed the werkpunt since (docs/rules.md).
/// </summary>
public sealed class GroupBoard
{
    private readonly Dictionary<string, Werkpunt> _werkpunten = new(StringComparer.Ordinal);

    public IEnumerable<Werkpunt> All => _werkpunten.Values;

    public IEnumerable<Werkpunt> OfGroup(string groupId) =>
        _werkpunten.Values.Where(w => w.GroupId == groupId).OrderBy(w => w.CreatedAt).ThenBy(w => w.Id, StringComparer.Ordinal);

    public Werkpunt? Find(string werkpuntId) => _werkpunten.GetValueOrDefault(werkpuntId);

    /// <summary>Restores or stores a werkpunt as it is (start-up, or after a decision below).</summary>
    public void Put(Werkpunt werkpunt) => _werkpunten[werkpunt.Id] = werkpunt;

    /// <summary>Checks a new werkpunt; the caller stores it with <see cref="Put"/> when this returns None.</summary>
    public SubmissionError CheckAdd(string groupId, WerkpuntContent content) =>
        _werkpunten.Values.Count(w => w.GroupId == groupId && !w.Hidden) >= Limits.MaxWerkpuntenPerGroup
            ? SubmissionError.TooManyWerkpunten
            : WerkpuntRules.Check(content);

    /// <summary>Checks an edit by a member of <paramref name="groupId"/> that started from <paramref name="baseVersion"/>.</summary>
    public SubmissionError CheckEdit(string werkpuntId, string groupId, int baseVersion, WerkpuntContent content)
    {
        if (Find(werkpuntId) is not { } current || current.Hidden)
        {
            return SubmissionError.UnknownWerkpunt;
        }

        if (current.GroupId != groupId)
        {
            return SubmissionError.NotInGroup;
        }

        return current.Version != baseVersion ? SubmissionError.EditConflict : WerkpuntRules.Check(content);
    }
}
