using System.Security.Cryptography;

namespace Beleidsdag.Domain.Workshops;

/// <summary>Unguessable ids for tokens and links (screen link, participant token).</summary>
public static class SecretKey
{
    public static string New(int bytes = 18) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));

    /// <summary>A short random id for records (workshops, questions, participants).</summary>
    public static string NewId() => New(9);
}
