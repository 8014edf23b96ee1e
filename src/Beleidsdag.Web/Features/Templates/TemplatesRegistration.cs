namespace Beleidsdag.Web.Features.Templates;

public static class TemplatesRegistration
{
    /// <summary>The services behind the workshop templates: the built-in ones (embedded) and the ones saved in the data folder.</summary>
    public static IServiceCollection AddTemplates(this IServiceCollection services)
    {
        services.AddSingleton<TemplateCatalog>();
        return services;
    }
}
