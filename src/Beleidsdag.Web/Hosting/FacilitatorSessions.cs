using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Beleidsdag.Web.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Beleidsdag.Web.Hosting;

/// <summary>
/// The facilitator's logins that are still active. A cookie alone cannot be taken back: a copy made before
/// logout would keep working for its whole lifetime. So each login carries a random session id, and a
/// cookie counts only while its id is listed here. Logout removes it; <c>--reset-password</c> removes all.
/// The list survives a restart in the middle of the day: a small file in the data folder holds the SHA-256
/// of each id (never the id itself) and when it expires, replaced in one move on every change.
/// </summary>
public sealed class FacilitatorSessions
{
    public const string ClaimType = "beleidsdag:session";

    /// <summary>How long a login lasts without being used; each use in its second half extends it (sliding).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private const string FileName = "facilitator-sessions.txt";

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly string _path;
    private readonly Dictionary<string, DateTimeOffset> _active;

    public FacilitatorSessions(DataFolder dataFolder, TimeProvider time)
    {
        _time = time;
        _path = Path.Combine(dataFolder.Path, FileName);
        _active = Load(_path);
    }

    /// <summary>Starts a login and returns its id, for the cookie's claim.</summary>
    public string Start()
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        lock (_gate)
        {
            _active[Hash(id)] = _time.GetUtcNow() + Lifetime;
            Save();
        }

        return id;
    }

    public bool IsActive(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        lock (_gate)
        {
            return _active.TryGetValue(Hash(id), out var expires) && expires > _time.GetUtcNow();
        }
    }

    public void End(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return;
        }

        lock (_gate)
        {
            if (_active.Remove(Hash(id)))
            {
                Save();
            }
        }
    }

    public void EndAll()
    {
        lock (_gate)
        {
            _active.Clear();
            Save();
        }
    }

    /// <summary>Cookie event: a cookie whose login was ended is refused (401 on /api and /hubs) and deleted.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<FacilitatorSessions>();
        if (!sessions.IsActive(context.Principal?.FindFirstValue(ClaimType)))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary>Cookie event: when the cookie slides forward, the login on the server does too.</summary>
    public static Task RenewAsync(CookieSlidingExpirationContext context)
    {
        if (context.ShouldRenew && context.Principal?.FindFirstValue(ClaimType) is { } id)
        {
            context.HttpContext.RequestServices.GetRequiredService<FacilitatorSessions>().Renew(id);
        }

        return Task.CompletedTask;
    }

    /// <summary>Extends a login that is still active by a full <see cref="Lifetime"/> from now.</summary>
    public void Renew(string id)
    {
        lock (_gate)
        {
            var hash = Hash(id);
            if (_active.ContainsKey(hash))
            {
                _active[hash] = _time.GetUtcNow() + Lifetime;
                Save();
            }
        }
    }

    private static string Hash(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));

    // Written to a temporary file, flushed to disk and moved over the old one: a crash leaves the old list or the new, never half.
    private void Save()
    {
        var now = _time.GetUtcNow();
        foreach (var expired in _active.Where(a => a.Value <= now).Select(a => a.Key).ToList())
        {
            _active.Remove(expired);
        }

        var text = new StringBuilder();
        foreach (var (hash, expires) in _active)
        {
            text.Append(hash).Append(' ').AppendLine(expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        }

        var temporary = _path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(Encoding.UTF8.GetBytes(text.ToString()));
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
    }

    // A line that cannot be read is skipped: at worst that facilitator logs in again.
    private static Dictionary<string, DateTimeOffset> Load(string path)
    {
        var active = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return active;
        }

        foreach (var line in File.ReadAllLines(path))
        {
            var parts = line.Split(' ');
            if (parts.Length == 2 && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            {
                active[parts[0]] = DateTimeOffset.FromUnixTimeSeconds(seconds);
            }
        }

        return active;
    }
}
