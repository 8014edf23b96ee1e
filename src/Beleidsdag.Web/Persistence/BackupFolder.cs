namespace Beleidsdag.Web.Persistence;

/// <summary>Where backups of the database go: <c>backups/</c> in the data folder.</summary>
public static class BackupFolder
{
    public const string Name = "backups";

    public static string PathIn(string dataFolder) => Path.Combine(dataFolder, Name);

    /// <summary>The newest backup file, or null when there is none.</summary>
    public static string? Newest(string dataFolder) =>
        Directory.Exists(PathIn(dataFolder))
            ? Directory.EnumerateFiles(PathIn(dataFolder), "*.db").OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
}
