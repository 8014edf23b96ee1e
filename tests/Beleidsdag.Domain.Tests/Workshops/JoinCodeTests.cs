using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Tests.Workshops;

public class JoinCodeTests
{
    [Fact]
    public void NewCode_HasSixCharactersWithoutLookAlikes()
    {
        for (var i = 0; i < 200; i++)
        {
            var code = JoinCode.NewCode();
            Assert.Equal(6, code.Length);
            Assert.DoesNotContain(code, c => "0O1IL".Contains(c, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("abc234", "ABC234")]
    [InlineData(" ab c 2 34 ", "ABC234")]
    [InlineData("ABC-234", "ABC234")]
    public void Normalize_AcceptsAnyCaseAndIgnoresSpaces(string typed, string expected) =>
        Assert.Equal(expected, JoinCode.Normalize(typed));

    [Theory]
    [InlineData("")]
    [InlineData("ABC23")]
    [InlineData("ABC2345")]
    [InlineData("ABC0O1")]
    public void Normalize_WhenNotACode_ReturnsNull(string typed) => Assert.Null(JoinCode.Normalize(typed));
}
