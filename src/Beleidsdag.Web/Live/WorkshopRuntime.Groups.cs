using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Persistence;

namespace Beleidsdag.Web.Live;

/// <summary>The group exercise, prioritisation and consent round of one workshop: same lock, same submission path.</summary>
public sealed partial class WorkshopRuntime
{
    private readonly Dictionary<(string Exercise, string Participant), string> _groupOf = [];
    private readonly Dictionary<string, GroupBoard> _boards = new(StringComparer.Ordinal);
    private readonly HashSet<(string Werkpunt, string Participant)> _plusOnes = [];
    private readonly Dictionary<(string Activity, string Participant), DotVote> _dots = [];
    private readonly Dictionary<(string Activity, string Werkpunt, string Participant), ConsentVote> _consent = [];

    private GroupBoard BoardOf(string exerciseId) =>
        _boards.TryGetValue(exerciseId, out var board) ? board : _boards[exerciseId] = new GroupBoard();

    private GroupExerciseActivity? Exercise(string exerciseId) =>
        _workshop.Agenda.OfType<GroupExerciseActivity>().FirstOrDefault(e => e.Id == exerciseId);

    private bool IsCurrent(string activityId) => _workshop.ActivityAt(_live.CurrentIndex)?.Id == activityId;

    /// <summary>Visible werkpunten of a group, by the group's index: the plenary feedback walks through these.</summary>
    private int VisibleWerkpuntCount(string exerciseId, int groupIndex) =>
        Exercise(exerciseId)?.Groups.ElementAtOrDefault(groupIndex) is { } group
            ? BoardOf(exerciseId).OfGroup(group.Id).Count(w => !w.Hidden)
            : 0;

    public Task<Receipt> JoinGroupAsync(string participantId, string key, string exerciseId, string groupId)
    {
        // The group left and the group joined both see their member count change.
        IReadOnlyList<string> before = [];
        return SubmitAsync(participantId, key, () =>
        {
            if (Exercise(exerciseId)?.FindGroup(groupId) is null)
            {
                return (SubmissionError.InvalidRequest, false, []);
            }

            before = MembersOfGroupOfLocked(exerciseId, participantId);
            var membership = new Membership(exerciseId, participantId, groupId);
            _groupOf[(exerciseId, participantId)] = groupId;
            return (SubmissionError.None, false, [new SaveMembership(_workshop.Id, membership)]);
        }, GroupWork, () => [.. before.Union(MembersOfGroupOfLocked(exerciseId, participantId))]);
    }

    private const ChangeKind GroupWork = ChangeKind.Figures | ChangeKind.GroupWork;

    /// <summary>A new werkpunt of the participant's group, in <paramref name="chapter"/> or else the group's default chapter.</summary>
    public Task<Receipt> AddWerkpuntAsync(string participantId, string key, string exerciseId, WerkpuntContent content, AfsprakennotaChapter? chapter = null) =>
        SubmitAsync(participantId, key, () =>
        {
            if (!IsCurrent(exerciseId))
            {
                return (SubmissionError.ActivityNotOpen, false, []);
            }

            if (!_groupOf.TryGetValue((exerciseId, participantId), out var groupId))
            {
                return (SubmissionError.NotInGroup, false, []);
            }

            var cleaned = WerkpuntRules.Clean(content);
            var error = BoardOf(exerciseId).CheckAdd(groupId, cleaned);
            if (error != SubmissionError.None)
            {
                return (error, false, []);
            }

            var werkpunt = new Werkpunt(SecretKey.NewId(), exerciseId, groupId, cleaned, 1, false, null, _clock.GetUtcNow(), _clock.GetUtcNow())
            {
                Chapter = chapter ?? WerkpuntChapters.Default(Exercise(exerciseId), groupId),
                TermDate = TermDates.Parse(cleaned.Term, _workshop.Date),
            };
            BoardOf(exerciseId).Put(werkpunt);
            return (SubmissionError.None, false, [new SaveWerkpunt(_workshop.Id, werkpunt)]);
        }, GroupWork, () => MembersOfGroupOfLocked(exerciseId, participantId));

    /// <summary>An edit by a member of the group; a null <paramref name="chapter"/> keeps the werkpunt's chapter.</summary>
    public Task<Receipt> EditWerkpuntAsync(string participantId, string key, string werkpuntId, int baseVersion, WerkpuntContent content, AfsprakennotaChapter? chapter = null) =>
        SubmitAsync(participantId, key, () =>
        {
            if (FindWerkpunt(werkpuntId) is not { } current)
            {
                return (SubmissionError.UnknownWerkpunt, false, []);
            }

            if (!IsCurrent(current.ExerciseId))
            {
                return (SubmissionError.ActivityNotOpen, false, []);
            }

            var cleaned = WerkpuntRules.Clean(content);
            var groupId = _groupOf.GetValueOrDefault((current.ExerciseId, participantId)) ?? string.Empty;
            var error = BoardOf(current.ExerciseId).CheckEdit(werkpuntId, groupId, baseVersion, cleaned);
            if (error != SubmissionError.None)
            {
                return (error, false, []);
            }

            var edited = current with
            {
                Content = cleaned,
                Version = current.Version + 1,
                UpdatedAt = _clock.GetUtcNow(),
                Chapter = chapter ?? WerkpuntChapters.Of(current, Exercise(current.ExerciseId)),
                TermDate = TermDates.Parse(cleaned.Term, _workshop.Date),
            };
            BoardOf(current.ExerciseId).Put(edited);
            return (SubmissionError.None, false, [new SaveWerkpunt(_workshop.Id, edited)]);
        }, GroupWork, () => MembersOfWerkpuntGroupLocked(werkpuntId));

    public Task<Receipt> ReactAsync(string participantId, string key, string werkpuntId, bool on) =>
        SubmitAsync(participantId, key, () =>
        {
            if (FindWerkpunt(werkpuntId) is not { Hidden: false })
            {
                return (SubmissionError.UnknownWerkpunt, false, []);
            }

            if (on)
            {
                _plusOnes.Add((werkpuntId, participantId));
            }
            else
            {
                _plusOnes.Remove((werkpuntId, participantId));
            }

            return (SubmissionError.None, false, [new SaveReaction(_workshop.Id, new Reaction(werkpuntId, participantId, on))]);
        }, GroupWork, () => [.. MembersOfWerkpuntGroupLocked(werkpuntId).Append(participantId).Distinct()]);

    public Task<Receipt> SpendDotsAsync(string participantId, string key, string activityId, IReadOnlyDictionary<string, int> dots, long seq) =>
        SubmitAsync(participantId, key, () =>
        {
            if (!RoomSteps.IsVotingOpen(_workshop, _live, activityId) || _workshop.ActivityAt(_live.CurrentIndex) is not PrioritisationActivity activity)
            {
                return (SubmissionError.ActivityNotOpen, false, []);
            }

            if (_participants[participantId].Side is not { } side)
            {
                return (SubmissionError.SideRequired, false, []);
            }

            var error = Prioritisation.Check(dots, activity.Dots, id => FindWerkpunt(id) is { Hidden: false });
            if (error != SubmissionError.None)
            {
                return (error, false, []);
            }

            if (_dots.TryGetValue((activityId, participantId), out var earlier) && earlier.Seq >= seq)
            {
                return (SubmissionError.None, true, []);
            }

            var vote = new DotVote(participantId, dots.Where(d => d.Value > 0).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal), seq, side);
            _dots[(activityId, participantId)] = vote;
            return (SubmissionError.None, false, [new SaveDots(_workshop.Id, activityId, vote)]);
        }, GroupWork, () => [participantId]);

    public Task<Receipt> ConsentAsync(string participantId, string key, string activityId, string werkpuntId, ConsentChoice choice) =>
        SubmitAsync(participantId, key, () =>
        {
            if (!RoomSteps.IsVotingOpen(_workshop, _live, activityId) || _workshop.ActivityAt(_live.CurrentIndex) is not ConsentActivity)
            {
                return (SubmissionError.ActivityNotOpen, false, []);
            }

            if (FindWerkpunt(werkpuntId) is not { Hidden: false } || !Enum.IsDefined(choice))
            {
                return (SubmissionError.UnknownWerkpunt, false, []);
            }

            if (_participants[participantId].Side is not { } side)
            {
                return (SubmissionError.SideRequired, false, []);
            }

            var vote = new ConsentVote(participantId, werkpuntId, choice, side);
            _consent[(activityId, werkpuntId, participantId)] = vote;
            return (SubmissionError.None, false, [new SaveConsent(_workshop.Id, activityId, vote)]);
        }, GroupWork, () => [participantId]);

    /// <summary>The facilitator spreads everyone over the groups again, balancing the sides (docs/rules.md).</summary>
    /// <summary>Deals everyone out again; with <paramref name="onlyUnseated"/>, only who has no group yet, around who has one.</summary>
    public async Task<bool> AssignEveryoneAsync(string exerciseId, bool onlyUnseated = false)
    {
        Task write;
        IReadOnlyList<string> everyone;
        lock (_gate)
        {
            if (Exercise(exerciseId) is not { } exercise)
            {
                return false;
            }

            var present = _participants.Values.Where(p => !p.Removed).ToList();
            var seated = onlyUnseated ? present.Where(p => _groupOf.ContainsKey((exerciseId, p.Id))).ToList() : [];
            var people = present.Except(seated).Select(p => (p.Id, p.Side)).ToList();
            var assignment = GroupAssignment.Balance(people, [.. exercise.Groups.Select(g => g.Id)], [.. seated.Select(p => (_groupOf[(exerciseId, p.Id)], p.Side))]);
            var writes = assignment.Select(a =>
            {
                _groupOf[(exerciseId, a.Key)] = a.Value;
                return (PendingWrite)new SaveMembership(_workshop.Id, new Membership(exerciseId, a.Key, a.Value));
            }).ToArray();
            write = _writer.EnqueueAsync(writes);
            everyone = [.. _participants.Keys];
        }

        await CommittedAsync(write, GroupWork, everyone);
        return true;
    }

    public async Task<bool> MoveToGroupAsync(string exerciseId, string participantId, string groupId)
    {
        Task write;
        IReadOnlyList<string> everyone;
        lock (_gate)
        {
            if (Exercise(exerciseId)?.FindGroup(groupId) is null || _participants.GetValueOrDefault(participantId) is not { Removed: false })
            {
                return false;
            }

            _groupOf[(exerciseId, participantId)] = groupId;
            write = _writer.EnqueueAsync(new SaveMembership(_workshop.Id, new Membership(exerciseId, participantId, groupId)));
            // Everyone hears of it: two groups' member counts change.
            everyone = [.. _participants.Keys];
        }

        await CommittedAsync(write, GroupWork, everyone);
        return true;
    }

    /// <summary>The facilitator edits, hides or merges a werkpunt; no version check (the facilitator has the last word).</summary>
    public async Task<bool> ReviseWerkpuntAsync(string werkpuntId, Func<Werkpunt, Werkpunt> revise)
    {
        Task write;
        IReadOnlyList<string> members;
        lock (_gate)
        {
            if (FindWerkpunt(werkpuntId) is not { } current)
            {
                return false;
            }

            var changed = revise(current);
            var revised = changed with { Version = current.Version + 1, UpdatedAt = _clock.GetUtcNow(), TermDate = TermDates.Parse(changed.Content.Term, _workshop.Date) };
            if (WerkpuntRules.Check(revised.Content) != SubmissionError.None)
            {
                return false;
            }

            BoardOf(current.ExerciseId).Put(revised);
            write = _writer.EnqueueAsync(new SaveWerkpunt(_workshop.Id, revised));
            members = MembersOf(revised.ExerciseId, revised.GroupId);
        }

        await CommittedAsync(write, GroupWork, members);
        return true;
    }

    /// <summary>Who should hear of a change to a werkpunt's board: the members of its group.</summary>
    private IReadOnlyList<string> MembersOfWerkpuntGroupLocked(string werkpuntId) =>
        FindWerkpunt(werkpuntId) is { } w ? MembersOf(w.ExerciseId, w.GroupId) : [];

    private IReadOnlyList<string> MembersOfGroupOfLocked(string exerciseId, string participantId) =>
        _groupOf.TryGetValue((exerciseId, participantId), out var groupId) ? MembersOf(exerciseId, groupId) : [participantId];

    private List<string> MembersOf(string exerciseId, string groupId) =>
        [.. _groupOf.Where(g => g.Key.Exercise == exerciseId && g.Value == groupId).Select(g => g.Key.Participant)];
}
