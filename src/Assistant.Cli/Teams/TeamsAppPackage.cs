using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assistant.Cli.Teams;

/// <summary>
/// Builds the zip a Teams admin uploads: <c>manifest.json</c> (app manifest schema 1.22, one bot in
/// personal, team and group chat scope, bokmål texts) and the two icons Teams requires (colour
/// 192×192, transparent white outline 32×32).
/// </summary>
internal static class TeamsAppPackage
{
    public const string ManifestVersion = "1.22";
    public const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json";
    private const string ColorIcon = "color.png";
    private const string OutlineIcon = "outline.png";

    public static JsonObject Manifest(Guid appId, string version, Uri website, Uri privacy, Uri terms) => new()
    {
        ["$schema"] = SchemaUrl,
        ["manifestVersion"] = ManifestVersion,
        ["version"] = version,
        ["id"] = appId.ToString(),
        ["developer"] = new JsonObject
        {
            ["name"] = "Helse og politi – veileder",
            ["websiteUrl"] = website.ToString(),
            ["privacyUrl"] = privacy.ToString(),
            ["termsOfUseUrl"] = terms.ToString(),
        },
        ["name"] = new JsonObject
        {
            ["short"] = "Taushetspliktveileder",
            ["full"] = "Veileder om taushetsplikt og samarbeid mellom helsetjenesten og politiet",
        },
        ["description"] = new JsonObject
        {
            ["short"] = "Svar om taushetsplikt og samarbeid mellom helse og politi, med kilder.",
            ["full"] = "Veilederen svarer på spørsmål om taushetsplikt, opplysningsrett og opplysningsplikt, "
                + "bistand fra politiet og politiets bruk av ambulanseressurser. Svarene er ordrette sitater "
                + "fra offentlige rundskriv og retningslinjer, med henvisning til dokument og punkt. "
                + "Ikke skriv personopplysninger om pasienter; veilederen trenger dem ikke.",
        },
        ["icons"] = new JsonObject { ["color"] = ColorIcon, ["outline"] = OutlineIcon },
        ["accentColor"] = "#1F4E79",
        ["bots"] = new JsonArray(new JsonObject
        {
            ["botId"] = appId.ToString(),
            ["scopes"] = new JsonArray("personal", "team", "groupChat"),
            ["supportsFiles"] = false,
            ["isNotificationOnly"] = false,
            ["commandLists"] = new JsonArray(new JsonObject
            {
                ["scopes"] = new JsonArray("personal", "team", "groupChat"),
                ["commands"] = new JsonArray(
                    Command("hjelp", "Hva veilederen kan svare på"),
                    Command("start på nytt", "Begynn samtalen på nytt")),
            }),
        }),
        ["permissions"] = new JsonArray("identity", "messageTeamMembers"),
        ["validDomains"] = new JsonArray(),
    };

    /// <summary>Writes the package to <paramref name="output"/>, replacing any file there.</summary>
    public static void Write(string output, JsonObject manifest)
    {
        using var file = File.Create(output);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
        {
            writer.Write(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        foreach (var icon in new[] { ColorIcon, OutlineIcon })
        {
            using var source = typeof(TeamsAppPackage).Assembly.GetManifestResourceStream($"Assistant.Cli.Teams.{icon}")
                ?? throw new InvalidOperationException($"The icon {icon} is not embedded in the program.");
            using var target = zip.CreateEntry(icon).Open();
            source.CopyTo(target);
        }
    }

    private static JsonObject Command(string title, string description) => new() { ["title"] = title, ["description"] = description };
}
