using System.Diagnostics;

namespace Beleidsdag.Web.Tests.Phone;

/// <summary>
/// The phone page's own unit tests (tests/phone/, `node --test`) run from `dotnet test`, so the README's one test
/// command covers them. Node.js is on every developer's machine and in CI (the bundle check needs it); a laptop
/// without it skips with a visible reason.
/// </summary>
public sealed class PhoneUnitTests
{
    [Fact]
    public async Task NodeTests_OfThePhonesFormRules_Pass()
    {
        var root = FindRoot();
        var node = new ProcessStartInfo("node", ["--test", Path.Combine("tests", "phone")])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(node)!;
        }
        catch (System.ComponentModel.Win32Exception) when (Environment.GetEnvironmentVariable("CI") != "true")
        {
            Assert.Skip("Node.js is not installed: the phone's node --test unit tests are skipped on this machine.");
            return;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync(Xunit.TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, await output + await errors);
            Assert.Contains("# fail 0", await output, StringComparison.Ordinal);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "phone")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("tests/phone not found above the test's folder.");
    }
}
