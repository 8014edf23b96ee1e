using System.Globalization;

namespace Beleidsdag.LoadTest;

/// <summary>
/// CPU time and context switches of one kind of server thread (".NET TP Worker", "LiteDB writer", …), summed
/// over its threads from /proc/&lt;pid&gt;/task. Every hand-off of work to a sleeping thread costs a context
/// switch, and on this VM those are a large part of the server's CPU (docs/performance.md).
/// </summary>
public sealed record ThreadUse(double CpuMs, long Switches)
{
    /// <summary>USER_HZ: /proc counts CPU time in ticks of 10 ms.</summary>
    private const double MsPerTick = 10;

    public static IReadOnlyDictionary<string, ThreadUse> Read(int pid)
    {
        var byName = new Dictionary<string, ThreadUse>(StringComparer.Ordinal);
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // After "tid (comm) ": state is field 3, so utime and stime (fields 14 and 15) are at 11 and 12.
                var cpuMs = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * MsPerTick;
                long switches = 0;
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal) || line.StartsWith("nonvoluntary_ctxt_switches:", StringComparison.Ordinal))
                    {
                        switches += long.Parse(line[(line.IndexOf(':') + 1)..].Trim(), CultureInfo.InvariantCulture);
                    }
                }

                byName[name] = byName.TryGetValue(name, out var sum) ? new ThreadUse(sum.CpuMs + cpuMs, sum.Switches + switches) : new ThreadUse(cpuMs, switches);
            }
            catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                // The thread ended while we looked.
            }
        }

        return byName;
    }

    /// <summary>"… TP Worker 150 ms 9.1, LiteDB writer 80 ms 0.6, …": the busiest kinds first, and the total.</summary>
    public static string Describe(IReadOnlyDictionary<string, ThreadUse> from, IReadOnlyDictionary<string, ThreadUse> to, int calls)
    {
        var used = to.Select(t => (Name: t.Key, CpuMs: t.Value.CpuMs - (from.TryGetValue(t.Key, out var f) ? f.CpuMs : 0), Switches: t.Value.Switches - (from.TryGetValue(t.Key, out var g) ? g.Switches : 0)))
            .Where(t => t.CpuMs > 0 || t.Switches > 0)
            .OrderByDescending(t => t.CpuMs).ThenByDescending(t => t.Switches)
            .ToList();
        var perCall = Math.Max(1, calls);
        var parts = used.Take(6).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Name} {t.CpuMs:F0} ms {t.Switches / (double)perCall:F1}"));
        return string.Join(", ", parts) + string.Create(CultureInfo.InvariantCulture, $"; all threads {used.Sum(t => t.Switches) / (double)perCall:F1} switches per call");
    }
}
