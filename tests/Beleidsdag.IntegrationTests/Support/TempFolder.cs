namespace Beleidsdag.IntegrationTests.Support;

/// <summary>A fresh data folder per test, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("beleidsdag-test-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that still holds a file is ending; the OS cleans temp folders.
        }
    }
}
