using System.Security.Cryptography;

namespace Beleidsdag.Domain.Workshops;

/// <summary>
/// The six characters people type on their phone. The alphabet leaves out look-alikes
/// (0/O, 1/I/L) so a code read from the back of the room is typed right the first time.
/// </summary>
public static class JoinCode
{
    public const int Length = 6;
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string NewCode() =>
        new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>Accepts any case and ignores spaces and dashes; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }

        var chars = typed.Where(c => !char.IsWhiteSpace(c) && c != '-')
            .Select(char.ToUpperInvariant)
            .ToArray();
        return chars.Length == Length && chars.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            ? new string(chars)
            : null;
    }
}
