using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Persistence;
using LiteDB;

namespace Beleidsdag.Web.Live;

/// <summary>The outcome of importing a <c>.beleidsdag</c> file: the workshop, or a Dutch reason it was refused.</summary>
public sealed record WorkshopImport(WorkshopRuntime? Runtime, string? Error);

/// <summary>Moving, keeping and deleting a workshop with all its data (<see cref="WorkshopArchive"/>).</summary>
public sealed partial class WorkshopRegistry
{
    /// <summary>The workshop as a <c>.beleidsdag</c> file (JSON, with a format version), or null when there is no such workshop.</summary>
    public async Task<string?> ExportAsync(string workshopId)
    {
        if (FindById(workshopId) is null)
        {
            return null;
        }

        Dictionary<string, List<BsonDocument>> documents = [];
        // Read on the writer's thread, between two commits: one consistent state.
        await _writer.EnqueueAsync(new DatabaseWork(db => documents = WorkshopArchive.Select(db, workshopId)));
        return WorkshopArchive.ToJson(workshopId, documents, _clock.GetUtcNow());
    }

    /// <summary>Imports a workshop exported on this or another laptop. Refused when that workshop is here already.</summary>
    public async Task<WorkshopImport> ImportAsync(string json)
    {
        string workshopId;
        Dictionary<string, List<BsonDocument>> documents;
        try
        {
            (workshopId, documents) = WorkshopArchive.FromJson(json);
        }
        catch (FormatException e)
        {
            return new WorkshopImport(null, e.Message);
        }

        StoredWorkshop? stored = null;
        Task write;
        lock (_createGate)
        {
            if (_byId.ContainsKey(workshopId))
            {
                return new WorkshopImport(null, "Deze workshop staat al op deze computer. Verwijder ze eerst als je ze wil vervangen.");
            }

            // A join code is unique on one server only: another laptop may have given it out too.
            var workshop = documents[DocumentMapping.Workshops][0];
            if (_byJoinCode.ContainsKey(workshop["joinCode"].AsString))
            {
                var code = JoinCode.NewCode();
                while (_byJoinCode.ContainsKey(code))
                {
                    code = JoinCode.NewCode();
                }

                workshop["joinCode"] = code;
            }

            write = _writer.EnqueueAsync(new DatabaseWork(db =>
            {
                WorkshopArchive.Insert(db, documents);
                stored = WorkshopStore.Load(db).Single(w => w.Workshop.Id == workshopId);
            }));
        }

        try
        {
            await write;
        }
        catch (StorageUnavailableException e) when (e.InnerException is LiteException or InvalidCastException or KeyNotFoundException)
        {
            // The file's documents did not fit (a damaged file, or data of it here already): nothing was stored.
            return new WorkshopImport(null, $"Dit workshopbestand kan niet ingelezen worden: {e.InnerException.Message}");
        }

        lock (_createGate)
        {
            var runtime = new WorkshopRuntime(stored!, _writer, Changes, _clock, _minimumPerSide);
            Add(runtime);
            return new WorkshopImport(runtime, null);
        }
    }

    /// <summary>
    /// Deletes a workshop with all its data, and rewrites the database file so that none of its text stays in it.
    /// Returns the backups that still hold it (null when there was no such workshop).
    /// </summary>
    public async Task<IReadOnlyList<string>?> DeleteAsync(string workshopId)
    {
        if (FindById(workshopId) is not { } runtime)
        {
            return null;
        }

        Task write = Task.CompletedTask;
        lock (_createGate)
        {
            runtime.WhileLocked(() =>
            {
                runtime.Deleted = true;
                _byId.TryRemove(workshopId, out _);
                _byJoinCode.TryRemove(runtime.Workshop.JoinCode, out _);
                _byScreenKey.TryRemove(runtime.Workshop.ScreenKey, out _);
                write = _writer.EnqueueAsync(new DatabaseWork(db => WorkshopArchive.Delete(db, workshopId)));
            });
        }

        await write;
        await _writer.CompactAsync();
        return BackupFolder.Holding(_dataFolder, workshopId);
    }

    /// <summary>Deletes backups the console named after a delete (they hold a deleted workshop).</summary>
    public void DeleteBackups(IEnumerable<string> files)
    {
        var folder = Path.GetFullPath(BackupFolder.PathIn(_dataFolder)) + Path.DirectorySeparatorChar;
        foreach (var file in files.Select(Path.GetFullPath).Where(f => f.StartsWith(folder, StringComparison.Ordinal)))
        {
            File.Delete(file);
        }
    }
}
