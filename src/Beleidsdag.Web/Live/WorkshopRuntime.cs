using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Persistence;

namespace Beleidsdag.Web.Live;

/// <summary>
/// The live state of one workshop; every mutation of it goes through here. Under the lock a submission
/// is checked and applied in memory and its write is queued; the caller then awaits the commit before it
/// acknowledges. Reads (views) come from memory.
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

    /// <summary>
    /// Replaces the live state with what the database holds, after a failed commit: memory keeps nothing that
    /// was not committed. Open connections stay.
    /// </summary>
    public void Reload(StoredWorkshop stored)
    {
        lock (_gate)
        {
            Load(stored);
        }

        _ = _feed.PublishAsync(new WorkshopChange(this, ChangeKind.Reloaded | ChangeKind.Figures));
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

    private void Load(StoredWorkshop stored)
    {
        _participants.Clear();
        _participantIdByTokenHash.Clear();
        _responses.Clear();
        _receipts.Clear();
        _moderation = new OpenTextModeration();
        ClearGroupWork();
        _workshop = stored.Workshop;
        _live = stored.Live;
        foreach (var question in _workshop.Agenda.OfType<QuestionActivity>())
        {
            _responses[question.Question.Id] = new QuestionResponses(question.Question);
        }

        foreach (var participant in stored.Participants)
        {
            AddParticipant(participant);
        }

        foreach (var answer in stored.Answers)
        {
            _responses.GetValueOrDefault(answer.QuestionId)?.Apply(answer);
        }

        RestoreGroupWork(stored);
        foreach (var decision in stored.Moderation)
        {
            _moderation.Apply(decision);
        }

        foreach (var receipt in stored.Receipts)
        {
            _receipts[receipt.StoreKey] = Task.FromResult(receipt);
        }
    }

    public Workshop Workshop => Volatile.Read(ref _workshop);

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

    /// <summary>Where a step would take the room, without taking it there: the console's "what Verder will do".</summary>
    public (LiveState Before, LiveState After) PreviewStage(Func<Workshop, LiveState, Func<string, int, int>, LiveState> step)
    {
        lock (_gate)
        {
            return (_live, step(_workshop, _live, VisibleWerkpuntCount));
        }
    }

    /// <summary>Who is connected now (open hub connections per participant).</summary>
    public ConnectedPhones Connections { get; }

    public RoomState BuildRoomState()
    {
        lock (_gate)
        {
            return new RoomState(_workshop.Title, _workshop.Municipality, _workshop.JoinCode, _live.Blanked, CurrentActivity());
        }
    }

    public MyAnswer? CurrentAnswerOf(string participantId)
    {
        lock (_gate)
        {
            return _workshop.ActivityAt(_live.CurrentIndex) is QuestionActivity q
                && _responses[q.Question.Id].AnswerOf(participantId) is { } answer
                ? new MyAnswer(answer.QuestionId, answer.Content.OptionIds, answer.Content.Values, answer.Content.Texts, answer.Seq)
                : null;
        }
    }

    public ScreenView BuildScreenView(PhoneAddress address, int minimumPerSide)
    {
        lock (_gate)
        {
            var current = CurrentActivity();
            var (answered, eligible) = current?.Question is { } q ? CountRespondents(q.Id) : (0, 0);
            var result = current is { Revealed: true, Question: { } revealed } ? Split(revealed.Id, minimumPerSide) : null;
            return new ScreenView(
                _workshop.Title,
                _workshop.JoinCode,
                address.JoinUrl(_workshop.JoinCode),
                address.ShortAddress,
                Connections.Count,
                _live.Blanked,
                current,
                answered,
                eligible,
                result,
                _live.ShowingGaps ? Gaps(minimumPerSide, onlyRevealed: true) : null)
            {
                Exercise = _workshop.ActivityAt(_live.CurrentIndex) is GroupExerciseActivity exercise ? ExerciseScreenOf(exercise) : null,
                Priorities = _workshop.ActivityAt(_live.CurrentIndex) is PrioritisationActivity p && current is { Revealed: true } ? PrioritiesOf(p, minimumPerSide) : null,
                Consent = _workshop.ActivityAt(_live.CurrentIndex) is ConsentActivity c && current is { Revealed: true } ? ConsentOf(c, minimumPerSide) : null,
                Recap = _workshop.ActivityAt(_live.CurrentIndex) is InfoActivity { Recap: true } ? RecapOf(minimumPerSide) : null,
            };
        }
    }

    /// <summary>
    /// The current question's id while the screen shows its results (revealed, not blanked); null otherwise.
    /// Cheap: no result is computed.
    /// </summary>
    public string? RevealedQuestionId()
    {
        lock (_gate)
        {
            return !_live.Blanked && _workshop.ActivityAt(_live.CurrentIndex) is QuestionActivity q && _live.StateOf(q.Question.Id).Revealed
                ? q.Question.Id
                : null;
        }
    }

    /// <summary>What phones show of the current question, only while its results are revealed.</summary>
    public PhoneResults? BuildPhoneResults(int minimumPerSide)
    {
        lock (_gate)
        {
            if (_live.Blanked || _workshop.ActivityAt(_live.CurrentIndex) is not QuestionActivity q
                || _live.StateOf(q.Question.Id) is not { Revealed: true } state)
            {
                return null;
            }

            return PhoneResults.Of(Split(q.Question.Id, minimumPerSide), state.SplitBySide);
        }
    }

    public ConsoleNumbers BuildConsoleNumbers()
    {
        lock (_gate)
        {
            var (answered, eligible) = _workshop.ActivityAt(_live.CurrentIndex) is QuestionActivity q ? CountRespondents(q.Question.Id) : (0, Connections.Count);
            return new ConsoleNumbers(Connections.Count, _participants.Values.Count(p => !p.Removed), answered, eligible);
        }
    }

    /// <summary>A question's result overall and, where the anonymity rule allows, per side.</summary>
    public SplitResult? GetResult(string questionId, int minimumPerSide)
    {
        lock (_gate)
        {
            return _responses.ContainsKey(questionId) ? Split(questionId, minimumPerSide) : null;
        }
    }

    /// <summary>The gaps between CBS/VB and MAT of every question (or only those the room has seen), largest first.</summary>
    public IReadOnlyList<GapItem> GetGaps(int minimumPerSide, bool onlyRevealed)
    {
        lock (_gate)
        {
            return Gaps(minimumPerSide, onlyRevealed);
        }
    }

    /// <summary>The open answers of a question with their moderation status, for the console's queue.</summary>
    public IReadOnlyList<OpenAnswerView> GetOpenAnswers(string questionId)
    {
        lock (_gate)
        {
            return _responses.TryGetValue(questionId, out var responses) && responses.Question.Type == QuestionType.OpenText
                ? [.. responses.Answers.OrderBy(a => a.AnsweredAt).Select(a =>
                    new OpenAnswerView(a.ParticipantId, a.Content.Texts[0], _moderation.StatusOf(a), _moderation.DecisionFor(a)?.MergedInto, a.AnsweredAt))]
                : [];
        }
    }

    /// <summary>
    /// Approves, hides or merges one open answer (the version the facilitator saw: a changed text is
    /// pending again). Returns false when there is no such answer, or a merge target that is not approved.
    /// </summary>
    public async Task<bool> ModerateAsync(string questionId, string participantId, ModerationStatus status, string? mergeInto)
    {
        Task write;
        lock (_gate)
        {
            if (!_responses.TryGetValue(questionId, out var responses) || responses.AnswerOf(participantId) is not { } answer)
            {
                return false;
            }

            if (status == ModerationStatus.Merged
                && (mergeInto is null || mergeInto == participantId || responses.AnswerOf(mergeInto) is not { } target
                    || _moderation.StatusOf(target) != ModerationStatus.Approved))
            {
                return false;
            }

            var decision = new ModerationDecision(questionId, participantId, answer.Seq, status, status == ModerationStatus.Merged ? mergeInto : null);
            _moderation.Apply(decision);
            write = _writer.EnqueueAsync(new SaveModeration(_workshop.Id, decision));
        }

        await CommittedAsync(write, ChangeKind.Figures);
        return true;
    }

    /// <summary>Waits for the commit, then tells the feed: nothing is announced that is not stored.</summary>
    private async Task CommittedAsync(Task write, ChangeKind what, IReadOnlyList<string>? concerned = null)
    {
        await write;
        await _feed.PublishAsync(new WorkshopChange(this, what) { Concerned = concerned ?? [] });
    }

    private SplitResult Split(string questionId, int minimumPerSide)
    {
        var responses = _responses[questionId];
        return SideSplit.Compute(responses.Question, [.. responses.Answers], minimumPerSide, _moderation, SideSplit.HoldFor(responses.Question, _live.StateOf(questionId)));
    }

    private List<GapItem> Gaps(int minimumPerSide, bool onlyRevealed) =>
        [.. _workshop.Agenda.OfType<QuestionActivity>()
            .Where(q => !onlyRevealed || _live.StateOf(q.Question.Id).Revealed)
            .SelectMany(q => Split(q.Question.Id, minimumPerSide).Gaps)
            .OrderByDescending(g => g.Gap)];

    private Side? SideOf(string participantId) => _participants.GetValueOrDefault(participantId)?.Side;

    /// <summary>docs/rules.md: answered = participants with a current answer; eligible = those plus everyone connected now.</summary>
    private (int Answered, int Eligible) CountRespondents(string questionId)
    {
        var responses = _responses[questionId];
        var connectedWithoutAnswer = Connections.CountWhere(id => responses.AnswerOf(id) is null);
        return (responses.RespondentCount, responses.RespondentCount + connectedWithoutAnswer);
    }

    /// <summary>Every agenda item with its phase, for the console's agenda list.</summary>
    public IReadOnlyList<ActivityView> BuildAgenda()
    {
        lock (_gate)
        {
            return [.. _workshop.Agenda.Select((activity, index) => View(activity, index))];
        }
    }

    private ActivityView? CurrentActivity() =>
        _workshop.ActivityAt(_live.CurrentIndex) is { } activity ? View(activity, _live.CurrentIndex) : null;

    private ActivityView View(Activity activity, int index)
    {
        var question = activity is QuestionActivity q
            ? new QuestionView(q.Question.Id, q.Question.Type, q.Question.Text, [.. q.Question.Options.Select(o => new OptionView(o.Id, o.Label) { Exclusive = o.Exclusive })], q.Question.MaxChoices, q.Question.Scale, q.Question.Moderated)
            : null;
        // Prioritisation and consent results are revealed like a question's, keyed by the activity id.
        var state = _live.StateOf(question?.Id ?? activity.Id);
        return new ActivityView(activity.Id, activity.Kind, index + 1, _workshop.Agenda.Count, question, state.Phase, state.Revealed, state.SplitBySide)
        {
            Title = activity.Caption,
            Body = (activity as InfoActivity)?.Body,
            Disclosed = state.Disclosed,
            SplitWithheld = state.SplitWithheld,
            Exercise = activity is GroupExerciseActivity exercise ? ExerciseViewOf(exercise) : null,
            Vote = activity switch
            {
                PrioritisationActivity p => new VoteView(p.Dots, VisibleWerkpunten()),
                ConsentActivity c => new VoteView(0, [.. InPriorityOrder(c)]),
                _ => null,
            },
        };
    }

    private void AddParticipant(Participant participant)
    {
        _participants[participant.Id] = participant;
        _participantIdByTokenHash[participant.TokenHash] = participant.Id;
    }
}
