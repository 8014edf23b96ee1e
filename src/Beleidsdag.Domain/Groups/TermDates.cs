using System.Globalization;
using System.Text.RegularExpressions;

namespace Beleidsdag.Domain.Groups;

/// <summary>
/// Turns a werkpunt's termijn as typed into a date the workbook can sort on (docs/rules.md, "Termijn"): the
/// last day of the period it names, since a termijn is a deadline. The label is always kept as typed;
/// text this does not understand gets no date.
/// </summary>
public static partial class TermDates
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] Numbers =
        ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];

    /// <param name="term">The termijn as typed: "Q1 2027", "maart 2027", "2027", "binnen 6 maanden", "onmiddellijk", "31/03/2027".</param>
    /// <param name="day">The day of the workshop: "binnen …" counts from it, "onmiddellijk" is that day.</param>
    public static DateOnly? Parse(string? term, DateOnly day)
    {
        var text = Regex.Replace((term ?? string.Empty).Trim().ToLowerInvariant(), @"\s+", " ").TrimEnd('.');
        text = Prefix().Replace(text, string.Empty);
        if (text is "onmiddellijk" or "meteen" or "direct")
        {
            return day;
        }

        if (Quarter().Match(text) is { Success: true } q)
        {
            return EndOfMonth(Year(q.Groups["year"].Value), int.Parse(q.Groups["q"].Value, CultureInfo.InvariantCulture) * 3);
        }

        if (MonthYear().Match(text) is { Success: true } m && Array.IndexOf(Months, m.Groups["month"].Value) is >= 0 and var month)
        {
            return EndOfMonth(Year(m.Groups["year"].Value), month + 1);
        }

        if (YearOnly().Match(text) is { Success: true } y)
        {
            return new DateOnly(Year(y.Groups["year"].Value), 12, 31);
        }

        if (Within().Match(text) is { Success: true } w && Count(w.Groups["n"].Value) is { } n)
        {
            return w.Groups["unit"].Value switch
            {
                "week" or "weken" => day.AddDays(7 * n),
                "jaar" => day.AddYears(n),
                _ => day.AddMonths(n),
            };
        }

        return DateOnly.TryParseExact(text, ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static int Year(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static int? Count(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n is > 0 and <= 120 ? n : null)
        : Array.IndexOf(Numbers, value) is >= 0 and var i ? i + 1 : null;

    [GeneratedRegex(@"^(?:(?:tegen|voor|vóór|uiterlijk|ten laatste) )?(?:(?:het )?(?:einde|eind) )?(?:van )?")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^q(?<q>[1-4]) ?[-/ ]? ?(?<year>20\d\d)$")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?<month>[a-z]+) (?<year>20\d\d)$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<year>20\d\d)$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^binnen (de |het )?(?<n>\d{1,3}|[a-z]+) (?<unit>maand|maanden|week|weken|jaar)$")]
    private static partial Regex Within();
}
