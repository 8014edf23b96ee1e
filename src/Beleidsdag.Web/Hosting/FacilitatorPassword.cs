using System.Security.Cryptography;
using System.Text;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Hosting;

/// <summary>
/// The facilitator's password: from configuration, or generated at first start and kept as a PBKDF2 hash
/// in the data folder (the plain text is printed once and never stored).
/// </summary>
public sealed class FacilitatorPassword(IOptions<BeleidsdagOptions> options, DataFolder dataFolder, FacilitatorSessions sessions)
{
    private const int Iterations = 100_000;
    private const string HashFileName = "facilitator-password.hash";

    private (byte[] Salt, byte[] Hash)? _stored;

    private string HashFile => Path.Combine(dataFolder.Path, HashFileName);

    /// <summary>Makes sure there is a password; returns the new plain text when one was generated now. A reset ends every login.</summary>
    public string? EnsureExists(bool reset)
    {
        // Whoever asks for a new password wants every existing login ended, also when the password comes from configuration.
        if (reset)
        {
            sessions.EndAll();
        }

        if (options.Value.FacilitatorPassword is { Length: > 0 })
        {
            return null;
        }

        if (!reset && File.Exists(HashFile))
        {
            _stored = Parse(File.ReadAllText(HashFile));
            return null;
        }

        var password = string.Join('-', Enumerable.Range(0, 3).Select(_ => JoinCode.NewCode()[..4].ToLowerInvariant()));
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Derive(password, salt);
        File.WriteAllText(HashFile, $"pbkdf2-sha256:{Iterations}:{Convert.ToBase64String(salt)}:{Convert.ToBase64String(hash)}");
        _stored = (salt, hash);
        return password;
    }

    public bool Verify(string? attempt)
    {
        if (string.IsNullOrEmpty(attempt) || attempt.Length > 200)
        {
            return false;
        }

        if (options.Value.FacilitatorPassword is { Length: > 0 } configured)
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(attempt), Encoding.UTF8.GetBytes(configured));
        }

        return _stored is var (salt, hash) && CryptographicOperations.FixedTimeEquals(Derive(attempt, salt), hash);
    }

    private static byte[] Derive(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);

    private static (byte[], byte[]) Parse(string stored)
    {
        var parts = stored.Trim().Split(':');
        return (Convert.FromBase64String(parts[2]), Convert.FromBase64String(parts[3]));
    }
}
