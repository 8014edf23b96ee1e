
namespace Beleidsdag.Web.Configuration;

public static class ConfigurationRegistration
{
    /// <summary>The options (checked at start-up), the data folder and the phones' address.</summary>
    public static WebApplicationBuilder AddConfiguration(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BeleidsdagOptions>()
            .Bind(builder.Configuration.GetSection(BeleidsdagOptions.Section))
            .Validate(o => !BeleidsdagOptions.Problems(o).Any(), "Ongeldige instellingen")
            .ValidateOnStart();
        builder.Services.AddSingleton(DataFolderOf(builder));
        builder.Services.AddSingleton<PhoneAddressProvider>();
        return builder;
    }

    /// <summary>
    /// Read before the container is built: the data-protection keys and the database need the folder while
    /// services are still being registered.
    /// </summary>
    public static DataFolder DataFolderOf(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[$"{BeleidsdagOptions.Section}:{nameof(BeleidsdagOptions.DataFolder)}"];
        return new DataFolder(Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? new BeleidsdagOptions().DataFolder : configured, builder.Environment.ContentRootPath));
    }
}
