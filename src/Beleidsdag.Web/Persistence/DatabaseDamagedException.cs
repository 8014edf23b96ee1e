namespace Beleidsdag.Web.Persistence;

/// <summary>
/// The database holds less than was acknowledged, or cannot be read: the server refuses to start rather than
/// run the day on less than it promised. The message (Dutch) names the file, what is wrong and the newest backup.
/// </summary>
public sealed class DatabaseDamagedException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The process's exit code for this refusal (3 means "data folder in use").</summary>
    public const int ExitCode = 4;

    /// <param name="dataFolder">The data folder, where the backups are looked for.</param>
    /// <param name="file">The file that is wrong.</param>
    /// <param name="what">What is wrong with it, in Dutch, as the end of a sentence.</param>
    /// <param name="inner">What LiteDB or the file system said, if anything.</param>
    public static DatabaseDamagedException Because(string dataFolder, string file, string what, Exception? inner = null)
    {
        var newest = BackupFolder.Newest(dataFolder);
        var restore = newest is null
            ? $"Er staat geen back-up in {BackupFolder.PathIn(dataFolder)}. Laat deze datamap zoals ze is (kopieer ze eerst) en vraag hulp."
            : $"Zet de nieuwste back-up terug: start de server één keer met --restore \"{newest}\" (wat na die back-up kwam, is dan verloren).";
        return new DatabaseDamagedException(
            $"Beleidsdag start niet: {what}{Environment.NewLine}  Bestand: {file}{Environment.NewLine}  {restore}"
            + (inner is null ? string.Empty : $"{Environment.NewLine}  (Technisch: {inner.GetType().Name}: {inner.Message})"),
            inner);
    }
}
