using System.Collections.Concurrent;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Live;

/// <summary>The keys the registry draws for a new workshop.</summary>
public sealed record NewWorkshopKeys(string Id, string JoinCode, string ScreenKey, DateTimeOffset CreatedAt);

/// <summary>
/// All live workshops of this process, rebuilt from LiteDB at start-up. Nothing assumes there is only
/// one: phones find theirs by join code, the screen by its screen key, the console by id.
/// </summary>
public sealed partial class WorkshopRegistry
{
    private readonly ConcurrentDictionary<string, WorkshopRuntime> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WorkshopRuntime> _byJoinCode = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WorkshopRuntime> _byScreenKey = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();
    private readonly DatabaseWriter _writer;
    private readonly WorkshopStore _store;
    private readonly TimeProvider _clock;
    private readonly int _minimumPerSide;
    private readonly string _dataFolder;

    public WorkshopRegistry(WorkshopStore store, DatabaseWriter writer, TimeProvider clock, IOptions<BeleidsdagOptions> options)
    {
        _writer = writer;
        _store = store;
        _dataFolder = store.DataFolder;
        _clock = clock;
        _minimumPerSide = options.Value.MinimumPerSide;
        foreach (var stored in store.LoadAll())
        {
            Add(new WorkshopRuntime(stored, writer, Changes, clock, _minimumPerSide));
        }

        writer.RecoveryScope = Recover;
    }

    /// <summary>Where every workshop of this process announces its committed changes.</summary>
    public ChangeFeed Changes { get; } = new();

    public IEnumerable<WorkshopRuntime> All => _byId.Values.OrderByDescending(r => r.Workshop.CreatedAt);

    public WorkshopRuntime? FindById(string? id) => id is null ? null : _byId.GetValueOrDefault(id);

    public WorkshopRuntime? FindByJoinCode(string? typed) =>
        JoinCode.Normalize(typed) is { } code ? _byJoinCode.GetValueOrDefault(code) : null;

    public WorkshopRuntime? FindByScreenKey(string? key) => key is null ? null : _byScreenKey.GetValueOrDefault(key);

    /// <summary>Creates a workshop from a valid draft and returns it once it is committed.</summary>
    public Task<WorkshopRuntime> CreateAsync(WorkshopDraft draft) =>
        CreateAsync(keys => draft.ToWorkshop(keys.Id, keys.JoinCode, keys.ScreenKey, keys.CreatedAt));

    /// <summary>
    /// Creates a workshop built from fresh keys (e.g. <c>template.ToWorkshop(…)</c>) and returns it once it is
    /// committed. The registry draws the keys, so a join code is never given out twice.
    /// </summary>
    public async Task<WorkshopRuntime> CreateAsync(Func<NewWorkshopKeys, Workshop> build)
    {
        WorkshopRuntime runtime;
        Task write;
        lock (_createGate)
        {
            var joinCode = JoinCode.NewCode();
            while (_byJoinCode.ContainsKey(joinCode))
            {
                joinCode = JoinCode.NewCode();
            }

            var workshop = build(new NewWorkshopKeys(SecretKey.NewId(), joinCode, SecretKey.New(), _clock.GetUtcNow()));
            runtime = new WorkshopRuntime(new StoredWorkshop(workshop, LiveState.Start, [], [], [], []), _writer, Changes, _clock, _minimumPerSide);
            // Registered before the commit so a parallel create cannot draw the same join code; nobody
            // knows the code before the facilitator sees it, which is after the commit.
            Add(runtime);
            // Queued under the gate, so that a recovery (below) sees it either queued or committed.
            write = _writer.EnqueueAsync(new SaveWorkshop(runtime.Workshop, runtime.Live));
        }

        await write;
        return runtime;
    }

    /// <summary>
    /// After a failed commit (<see cref="DatabaseWriter.RecoveryScope"/>): with every workshop locked, so that none
    /// queues anything meanwhile, the writer reopens the database; then every workshop reloads from it, and one that
    /// was created but never committed goes.
    /// </summary>
    private void Recover(Func<bool> reopen)
    {
        lock (_createGate)
        {
            var runtimes = _byId.Values.OrderBy(r => r.Workshop.Id, StringComparer.Ordinal).ToList();
            LockFrom(0);

            void LockFrom(int index)
            {
                if (index < runtimes.Count)
                {
                    runtimes[index].WhileLocked(() => LockFrom(index + 1));
                    return;
                }

                if (!reopen())
                {
                    return;
                }

                var stored = _store.LoadAll().ToDictionary(w => w.Workshop.Id, StringComparer.Ordinal);
                foreach (var runtime in runtimes)
                {
                    if (stored.TryGetValue(runtime.Workshop.Id, out var workshop))
                    {
                        runtime.Reload(workshop);
                    }
                    else
                    {
                        _byId.TryRemove(runtime.Workshop.Id, out _);
                        _byJoinCode.TryRemove(runtime.Workshop.JoinCode, out _);
                        _byScreenKey.TryRemove(runtime.Workshop.ScreenKey, out _);
                    }
                }
            }
        }
    }

    private void Add(WorkshopRuntime runtime)
    {
        _byId[runtime.Workshop.Id] = runtime;
        _byJoinCode[runtime.Workshop.JoinCode] = runtime;
        _byScreenKey[runtime.Workshop.ScreenKey] = runtime;
    }
}
