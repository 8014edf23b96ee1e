using System.Globalization;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// Where backups of the database go: <c>backups/</c> in the data folder, one LiteDB file each, named by the local
/// time it was made (<c>beleidsdag-20261128-091502.db</c>). The newest 20 stay, and the newest of every day.
/// </summary>
public static class BackupFolder
{
    public const string Name = "backups";
    public const int Kept = 20;
    private const string Prefix = "beleidsdag-";
    private const string Stamp = "yyyyMMdd-HHmmss";

    public static string PathIn(string dataFolder) => Path.Combine(dataFolder, Name);

    /// <summary>The newest backup file, or null when there is none.</summary>
    public static string? Newest(string dataFolder) => Backups(dataFolder) is [.., var newest] ? newest : null;

    /// <summary>The backups of the data folder, oldest first.</summary>
    public static IReadOnlyList<string> Backups(string dataFolder) =>
        Directory.Exists(PathIn(dataFolder))
            ? [.. Directory.EnumerateFiles(PathIn(dataFolder), $"{Prefix}*.db").Where(f => DayOf(f) is not null).Order(StringComparer.Ordinal)]
            : [];

    public static string NewName(DateTimeOffset localNow) => $"{Prefix}{localNow.ToString(Stamp, CultureInfo.InvariantCulture)}.db";

    /// <summary>The backups to delete: all but the newest <see cref="Kept"/> and the newest of each day.</summary>
    public static IEnumerable<string> Superfluous(IReadOnlyList<string> oldestFirst)
    {
        var newestOfDay = oldestFirst.GroupBy(DayOf).Select(day => day.Last()).ToHashSet(StringComparer.Ordinal);
        return oldestFirst.Take(Math.Max(0, oldestFirst.Count - Kept)).Where(f => !newestOfDay.Contains(f));
    }

    private static string? DayOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.Length == Prefix.Length + Stamp.Length
            && DateTime.TryParseExact(name[Prefix.Length..], Stamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? name.Substring(Prefix.Length, 8)
            : null;
    }

    /// <summary>Backups (also the files a restore put aside) whose bytes still hold <paramref name="text"/> (e.g. a deleted workshop's id).</summary>
    public static IReadOnlyList<string> Holding(string dataFolder, string text)
    {
        if (!Directory.Exists(PathIn(dataFolder)))
        {
            return [];
        }

        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return [.. Directory.EnumerateFiles(PathIn(dataFolder), "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllBytes(f).AsSpan().IndexOf(needle) >= 0)
            .Order(StringComparer.Ordinal)];
    }
}
