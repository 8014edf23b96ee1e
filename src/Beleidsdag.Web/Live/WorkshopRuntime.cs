using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Persistence;

namespace Beleidsdag.Web.Live;

/// <summary>
/// The live state of one workshop; every mutation of it goes through here. Under the lock a submission
/// is checked and applied in memory and its write is queued; the caller then awaits the commit before it
/// acknowledges, and only then is the change published on the <see cref="ChangeFeed"/>. This file and the
/// command files (Groups, Agenda, Disclosure, Moderation) change the state; the projections per audience
/// (Screen, Console, GroupViews) only read it, under the same lock.
/// </summary>
public sealed partial class WorkshopRuntime
{
    private readonly Lock _gate = new();
    private readonly IWriteCommitter _writer;
    private readonly ChangeFeed _feed;
    private readonly TimeProvider _clock;
    // The anonymity threshold (a setting): disclosure needs it under the lock, when results leave the app.
    private readonly int _minimumPerSide;
    private readonly Dictionary<string, Participant> _participants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _participantIdByTokenHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QuestionResponses> _responses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<Receipt>> _receipts = new(StringComparer.Ordinal);
    private OpenTextModeration _moderation = new();
    // Replaced (never mutated) under _gate when the agenda is edited; readers outside the lock see one whole version.
    private Workshop _workshop;
    private LiveState _live;

    public WorkshopRuntime(StoredWorkshop stored, IWriteCommitter writer, ChangeFeed feed, TimeProvider clock, int minimumPerSide)
    {
        _writer = writer;
        _feed = feed;
        Connections = new ConnectedPhones(() => _ = _feed.PublishAsync(new WorkshopChange(this, ChangeKind.Connections)));
        _clock = clock;
        _minimumPerSide = minimumPerSide;
        _workshop = stored.Workshop;
        _live = stored.Live;
        Load(stored);
    }

    /// <summary>Set (under the lock) when the workshop is deleted: phones still connected to it can store nothing more.</summary>
    internal bool Deleted { get; set; }

    /// <summary>Runs <paramref name="action"/> while no submission of this workshop can be applied or queued.</summary>
    internal void WhileLocked(Action action)
    {
        lock (_gate)
        {
            action();
        }
    }

    public Workshop Workshop => Volatile.Read(ref _workshop);

    /// <summary>The anonymity minimum every result of this workshop is computed with (docs/rules.md).</summary>
    public int MinimumPerSide => _minimumPerSide;

    public LiveState Live => _live;

    /// <summary>Joins with a stored token (the same participant comes back) or as a new participant.</summary>
    public async Task<(Participant Participant, string? NewToken)> JoinAsync(string? token)
    {
        Task write;
        Participant participant;
        string newToken;
        lock (_gate)
        {
            if (token is { Length: > 0 and <= 100 }
                && _participantIdByTokenHash.TryGetValue(SecretKey.Hash(token), out var knownId))
            {
                return (_participants[knownId], null);
            }

            newToken = SecretKey.New(24);
            participant = new Participant(SecretKey.NewId(), _workshop.Id, SecretKey.Hash(newToken), null, _clock.GetUtcNow());
            AddParticipant(participant);
            write = _writer.EnqueueAsync(new SaveParticipant(participant));
        }

        await write;
        return (participant, newToken);
    }

    /// <summary>Whether a join with this token comes back as a known participant (and so makes nobody new).</summary>
    public bool IsParticipantToken(string? token)
    {
        if (token is not { Length: > 0 and <= 100 })
        {
            return false;
        }

        var hash = SecretKey.Hash(token);
        lock (_gate)
        {
            return _participantIdByTokenHash.ContainsKey(hash);
        }
    }

    public Participant? FindParticipant(string participantId)
    {
        lock (_gate)
        {
            return _participants.GetValueOrDefault(participantId);
        }
    }

    /// <summary>A corrected side moves only the answers and votes whose figures have not left the app (docs/rules.md).</summary>
    public Task<Receipt> ChooseSideAsync(string participantId, string key, Side side) =>
        SubmitAsync(participantId, key, () =>
        {
            var participant = _participants[participantId] with { Side = side };
            _participants[participantId] = participant;
            return (SubmissionError.None, false, [new SaveParticipant(participant), .. MoveUndisclosed(participantId, side)]);
        });

    public Task<Receipt> AnswerAsync(string participantId, string key, string questionId, AnswerContent content, long seq) =>
        SubmitAsync(participantId, key, () =>
        {
            if (!_responses.TryGetValue(questionId, out var responses))
            {
                return (SubmissionError.UnknownQuestion, false, []);
            }

            if (_participants[participantId].Side is not { } side)
            {
                return (SubmissionError.SideRequired, false, []);
            }

            var cleaned = AnswerRules.Clean(content);
            var error = responses.Check(cleaned, _live.StateOf(questionId).Phase);
            if (error != SubmissionError.None)
            {
                return (error, false, []);
            }

            if (responses.IsSuperseded(participantId, seq))
            {
                return (SubmissionError.None, true, []);
            }

            var answer = new Answer(participantId, questionId, cleaned, seq, _clock.GetUtcNow(), side);
            responses.Apply(answer);
            // Results on screen while voting stays open: a side that just reached 1 or 2 is in view now.
            PendingWrite[] disclosed = _live.StateOf(questionId).Revealed && Disclose(questionId) ? [new SaveWorkshop(_workshop, _live)] : [];
            return (SubmissionError.None, false, [new SaveAnswer(_workshop.Id, answer), .. disclosed]);
        });

    /// <summary>
    /// The one path for a participant's submission: replay check, rule check and apply under the lock,
    /// then the write and its receipt in the same commit, then (only then) the outcome.
    /// </summary>
    /// <remarks>
    /// An accepted submission is published on the feed as <paramref name="what"/> after its commit; <paramref name="concerned"/>
    /// (group work) names, under the lock, whose own view changed.
    /// </remarks>
    private Task<Receipt> SubmitAsync(
        string participantId,
        string key,
        Func<(SubmissionError Error, bool Superseded, PendingWrite[] Writes)> decide,
        ChangeKind what = ChangeKind.Figures,
        Func<IReadOnlyList<string>>? concerned = null)
    {
        lock (_gate)
        {
            var storeKey = $"{participantId}|{key}";
            if (_receipts.TryGetValue(storeKey, out var earlier))
            {
                return earlier;
            }

            if (Deleted)
            {
                return Task.FromResult(new Receipt(participantId, key, SubmissionError.InvalidRequest, false));
            }

            if (_writer.Unavailable)
            {
                // Nothing is applied that could not be stored; transient, so never remembered: the phone sends it again.
                return Task.FromResult(new Receipt(participantId, key, SubmissionError.StorageUnavailable, false));
            }

            if (!_participants.TryGetValue(participantId, out var participant))
            {
                return Task.FromResult(new Receipt(participantId, key, SubmissionError.InvalidRequest, false));
            }

            var (error, superseded, writes) = participant.Removed ? (SubmissionError.ParticipantRemoved, false, []) : decide();
            var receipt = new Receipt(participantId, key, error, superseded);
            var change = error == SubmissionError.None && !superseded ? new WorkshopChange(this, what) { Concerned = concerned?.Invoke() ?? [] } : null;
            PendingWrite[] withReceipt = writes is [SaveAnswer accepted, .. var rest]
                ? [accepted with { ReceiptKey = key }, .. rest]
                : [.. writes, new SaveReceipt(_workshop.Id, receipt)];
            var committed = CommitThenReturn(_writer.EnqueueAsync(withReceipt), receipt, change);
            _receipts[storeKey] = committed;
            return committed;
        }
    }

    private async Task<Receipt> CommitThenReturn(Task write, Receipt receipt, WorkshopChange? change)
    {
        try
        {
            await write;
        }
        catch (StorageUnavailableException)
        {
            // The writer reloaded this workshop before failing the write, so this receipt is forgotten already.
            return receipt with { Error = SubmissionError.StorageUnavailable, Superseded = false };
        }

        if (change is not null)
        {
            await _feed.PublishAsync(change);
        }

        return receipt;
    }

    /// <summary>Moves the room (forward, reveal, …) and persists where it is; returns the new state once committed.</summary>
    public Task<LiveState> ChangeStageAsync(Func<Workshop, LiveState, LiveState> step) =>
        ChangeStageAsync((workshop, live, _) => step(workshop, live));

    /// <summary>As above, for steps that need the number of visible werkpunten of a group (the plenary feedback).</summary>
    public async Task<LiveState> ChangeStageAsync(Func<Workshop, LiveState, Func<string, int, int>, LiveState> step)
    {
        Task write;
        LiveState next;
        lock (_gate)
        {
            next = step(_workshop, _live, VisibleWerkpuntCount);
            if (next == _live)
            {
                return next;
            }

            var moved = next.CurrentIndex != _live.CurrentIndex;
            _live = next;
            // Results revealed now have left the app: fix their sides (and withhold a split that is too small).
            if (RoomSteps.VotedOnId(_workshop.ActivityAt(_live.CurrentIndex)) is { } shown && _live.StateOf(shown).Revealed)
            {
                Disclose(shown);
            }

            next = _live;
            write = _writer.EnqueueAsync(new SaveWorkshop(_workshop, next));
            if (moved)
            {
                // A backup at every change of activity (after this write).
                _writer.RequestBackup();
            }
        }

        await write;
        await _feed.PublishAsync(new WorkshopChange(this, ChangeKind.Room | ChangeKind.Figures));
        return next;
    }

    /// <summary>Who is connected now (open hub connections per participant).</summary>
    public ConnectedPhones Connections { get; }

    /// <summary>Waits for the commit, then tells the feed: nothing is announced that is not stored.</summary>
    private async Task CommittedAsync(Task write, ChangeKind what, IReadOnlyList<string>? concerned = null)
    {
        await write;
        await _feed.PublishAsync(new WorkshopChange(this, what) { Concerned = concerned ?? [] });
    }
}
