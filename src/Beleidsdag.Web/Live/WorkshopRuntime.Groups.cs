using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
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

    private void ClearGroupWork()
    {
        _groupOf.Clear();
        _boards.Clear();
        _plusOnes.Clear();
        _dots.Clear();
        _consent.Clear();
    }

    private void RestoreGroupWork(StoredWorkshop stored)
    {
        foreach (var m in stored.Memberships)
        {
            _groupOf[(m.ExerciseId, m.ParticipantId)] = m.GroupId;
        }

        foreach (var w in stored.Werkpunten)
        {
            BoardOf(w.ExerciseId).Put(w);
        }

        foreach (var r in stored.Reactions.Where(r => r.On))
        {
            _plusOnes.Add((r.WerkpuntId, r.ParticipantId));
        }

        foreach (var (activity, vote) in stored.Dots)
        {
            _dots[(activity, vote.ParticipantId)] = vote;
        }

        foreach (var (activity, vote) in stored.Consent)
        {
            _consent[(activity, vote.WerkpuntId, vote.ParticipantId)] = vote;
        }
    }

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

    public Task<Receipt> AddWerkpuntAsync(string participantId, string key, string exerciseId, WerkpuntContent content) =>
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

            var werkpunt = new Werkpunt(SecretKey.NewId(), exerciseId, groupId, cleaned, 1, false, null, _clock.GetUtcNow(), _clock.GetUtcNow());
            BoardOf(exerciseId).Put(werkpunt);
            return (SubmissionError.None, false, [new SaveWerkpunt(_workshop.Id, werkpunt)]);
        }, GroupWork, () => MembersOfGroupOfLocked(exerciseId, participantId));

    public Task<Receipt> EditWerkpuntAsync(string participantId, string key, string werkpuntId, int baseVersion, WerkpuntContent content) =>
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

            var edited = current with { Content = cleaned, Version = current.Version + 1, UpdatedAt = _clock.GetUtcNow() };
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

            var revised = revise(current) with { Version = current.Version + 1, UpdatedAt = _clock.GetUtcNow() };
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

    /// <summary>What this participant gave in the current activity, to restore the phone after a reload.</summary>
    public MyGroupWork BuildMyGroupWork(string participantId)
    {
        lock (_gate)
        {
            var activity = _workshop.ActivityAt(_live.CurrentIndex);
            var groupId = activity is GroupExerciseActivity e ? _groupOf.GetValueOrDefault((e.Id, participantId)) : null;
            return new MyGroupWork(
                groupId,
                activity is GroupExerciseActivity exercise && groupId is not null ? Board(exercise.Id, groupId) : null,
                activity is not null && _dots.TryGetValue((activity.Id, participantId), out var dots) ? dots.Dots : new Dictionary<string, int>(),
                _consent.Where(c => c.Key.Activity == activity?.Id && c.Key.Participant == participantId)
                    .ToDictionary(c => c.Key.Werkpunt, c => c.Value.Choice, StringComparer.Ordinal),
                [.. _plusOnes.Where(p => p.Participant == participantId).Select(p => p.Werkpunt)]);
        }
    }

    public IReadOnlyList<GroupProgress> BuildGroupProgress(string exerciseId)
    {
        lock (_gate)
        {
            return Progress(exerciseId);
        }
    }

    /// <summary>Every werkpunt of every exercise, hidden ones too, for the console.</summary>
    public IReadOnlyList<WerkpuntView> BuildAllWerkpunten()
    {
        lock (_gate)
        {
            return [.. _workshop.Agenda.OfType<GroupExerciseActivity>().SelectMany(e => e.Groups.SelectMany(g => BoardOf(e.Id).OfGroup(g.Id))).Select(ViewOf)];
        }
    }

    public IReadOnlyList<(Participant Participant, string? GroupId)> BuildMembers(string exerciseId)
    {
        lock (_gate)
        {
            return [.. _participants.Values.Where(p => !p.Removed).Select(p => (p, _groupOf.GetValueOrDefault((exerciseId, p.Id))))];
        }
    }

    private Werkpunt? FindWerkpunt(string werkpuntId) =>
        _boards.Values.Select(b => b.Find(werkpuntId)).FirstOrDefault(w => w is not null);

    private BoardView Board(string exerciseId, string groupId) => new(
        exerciseId,
        groupId,
        _groupOf.Count(g => g.Key.Exercise == exerciseId && g.Value == groupId),
        [.. BoardOf(exerciseId).OfGroup(groupId).Where(w => !w.Hidden).Select(ViewOf)]);

    private WerkpuntView ViewOf(Werkpunt w) => new(
        w.Id,
        w.GroupId,
        Exercise(w.ExerciseId)?.FindGroup(w.GroupId)?.Name ?? string.Empty,
        w.Content,
        w.Version,
        _plusOnes.Count(p => p.Werkpunt == w.Id),
        w.Hidden,
        w.MergedInto,
        w.UpdatedAt);

    private List<WerkpuntView> VisibleWerkpunten() =>
        [.. _workshop.Agenda.OfType<GroupExerciseActivity>()
            .SelectMany(e => e.Groups.SelectMany(g => BoardOf(e.Id).OfGroup(g.Id)))
            .Where(w => !w.Hidden)
            .Select(ViewOf)];

    private List<GroupProgress> Progress(string exerciseId) =>
        Exercise(exerciseId) is not { } exercise
            ? []
            : [.. exercise.Groups.Select(g =>
            {
                var members = _groupOf.Where(m => m.Key.Exercise == exerciseId && m.Value == g.Id).Select(m => SideOf(m.Key.Participant)).ToList();
                var werkpunten = BoardOf(exerciseId).OfGroup(g.Id).Where(w => !w.Hidden).ToList();
                return new GroupProgress(g.Id, g.Name, members.Count, members.Count(s => s == Side.CbsVb), members.Count(s => s == Side.Mat),
                    werkpunten.Count, werkpunten.Count == 0 ? null : werkpunten.Max(w => w.UpdatedAt));
            })];

    private ExerciseView ExerciseViewOf(GroupExerciseActivity e)
    {
        var state = _live.ExerciseOf(e.Id);
        return new ExerciseView(
            e.Id, e.Title, e.StrategicQuestion, e.OperationalQuestion, e.TargetPerGroup,
            [.. e.Groups.Select(g => new GroupView(g.Id, g.Name, g.Phase is { } phase ? Beleidscyclus.Label(phase) : null, g.Richtvragen))],
            new TimerView(state.Timer.EndsAt, state.Timer.PausedWithLeft is { } left ? (long)left.TotalMilliseconds : null, _clock.GetUtcNow()),
            state.Plenary, state.PlenaryGroup, state.PlenaryItem)
        {
            PlenaryWerkpunt = state.Plenary && e.Groups.ElementAtOrDefault(state.PlenaryGroup) is { } group
                ? BoardOf(e.Id).OfGroup(group.Id).Where(w => !w.Hidden).Select(ViewOf).ElementAtOrDefault(state.PlenaryItem)
                : null,
        };
    }

    private ExerciseScreen ExerciseScreenOf(GroupExerciseActivity e)
    {
        var view = ExerciseViewOf(e);
        return new ExerciseScreen(view, Progress(e.Id), view.PlenaryWerkpunt);
    }

    private PrioritiesScreen PrioritiesOf(PrioritisationActivity activity, int minimumPerSide)
    {
        var werkpunten = VisibleWerkpunten();
        var votes = _dots.Where(d => d.Key.Activity == activity.Id).Select(d => d.Value).ToList();
        var result = Prioritisation.Compute([.. werkpunten.Select(w => w.Id)], votes, minimumPerSide, _live.StateOf(activity.Id).SplitWithheld);
        var byId = werkpunten.ToDictionary(w => w.Id, StringComparer.Ordinal);
        return new PrioritiesScreen(result.Voters, result.SplitShown, [.. result.Rows.Select(r => new PriorityLine(byId[r.WerkpuntId], r))]) { UncountedAnders = result.UncountedAnders };
    }

    private List<ConsentLine> ConsentOf(ConsentActivity activity, int minimumPerSide)
    {
        var votes = _consent.Where(c => c.Key.Activity == activity.Id).Select(c => c.Value).ToList();
        var withheld = _live.StateOf(activity.Id).SplitWithheld;
        return [.. InPriorityOrder(activity).Select(w => new ConsentLine(w, Consent.Compute(w.Id, votes, minimumPerSide, withheld)))];
    }

    /// <summary>The werkpunten as the prioritisation before this round ranked them (the room's order); as written without one.</summary>
    private IEnumerable<WerkpuntView> InPriorityOrder(ConsentActivity activity)
    {
        var werkpunten = VisibleWerkpunten();
        var index = _workshop.Agenda.ToList().FindIndex(a => a.Id == activity.Id);
        // Only a ranking the room has seen: the order must not give away a result the facilitator kept hidden.
        if (_workshop.Agenda.Take(Math.Max(0, index)).OfType<PrioritisationActivity>().LastOrDefault() is not { } prioritisation
            || !_live.StateOf(prioritisation.Id).Disclosed)
        {
            return werkpunten;
        }

        var votes = _dots.Where(d => d.Key.Activity == prioritisation.Id).Select(d => d.Value).ToList();
        var rank = Prioritisation.Compute([.. werkpunten.Select(w => w.Id)], votes, _minimumPerSide, _live.StateOf(prioritisation.Id).SplitWithheld)
            .Rows.Select((r, i) => (r.WerkpuntId, i)).ToDictionary(r => r.WerkpuntId, r => r.i, StringComparer.Ordinal);
        return werkpunten.OrderBy(w => rank.GetValueOrDefault(w.Id, int.MaxValue));
    }

    /// <summary>A prioritisation's or consent round's result and how many took part, revealed or not (for the console).</summary>
    public (int Voters, PrioritiesScreen? Priorities, IReadOnlyList<ConsentLine>? Consent)? BuildVoteResults(string activityId, int minimumPerSide)
    {
        lock (_gate)
        {
            return _workshop.Agenda.FirstOrDefault(a => a.Id == activityId) switch
            {
                PrioritisationActivity p => (_dots.Count(d => d.Key.Activity == p.Id && d.Value.Dots.Values.Sum() > 0), PrioritiesOf(p, minimumPerSide), null),
                ConsentActivity c => (_consent.Keys.Where(k => k.Activity == c.Id).Select(k => k.Participant).Distinct(StringComparer.Ordinal).Count(), null, ConsentOf(c, minimumPerSide)),
                _ => null,
            };
        }
    }

    /// <summary>Who should hear of a change to a werkpunt's board: the members of its group.</summary>
    private IReadOnlyList<string> MembersOfWerkpuntGroupLocked(string werkpuntId) =>
        FindWerkpunt(werkpuntId) is { } w ? MembersOf(w.ExerciseId, w.GroupId) : [];

    private IReadOnlyList<string> MembersOfGroupOfLocked(string exerciseId, string participantId) =>
        _groupOf.TryGetValue((exerciseId, participantId), out var groupId) ? MembersOf(exerciseId, groupId) : [participantId];

    private List<string> MembersOf(string exerciseId, string groupId) =>
        [.. _groupOf.Where(g => g.Key.Exercise == exerciseId && g.Value == groupId).Select(g => g.Key.Participant)];
}
