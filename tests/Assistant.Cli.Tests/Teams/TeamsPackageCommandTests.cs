using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Assistant.Cli.Tests.Teams;

public sealed class TeamsPackageCommandTests : IDisposable
{
    private const string AppId = "7f0c6e1a-3b1d-4a59-9a43-2f1f4d8c9e10";
    private readonly string _folder = Directory.CreateTempSubdirectory("teams-").FullName;

    [Fact]
    public void TeamsPackage_AppId_WritesAManifestTeamsAccepts()
    {
        var zipPath = Path.Combine(_folder, "app.zip");

        var (exitCode, _, _) = CliRun.Run("teams-package", "--app-id", AppId, "--output", zipPath);

        Assert.Equal(ExitCodes.Success, exitCode);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var root = manifest.RootElement;
        Assert.Equal("1.22", root.GetProperty("manifestVersion").GetString());
        Assert.EndsWith("/v1.22/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.InRange(root.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(root.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(root.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
        Assert.Contains("taushetsplikt", root.GetProperty("description").GetProperty("full").GetString(), StringComparison.Ordinal);
        Assert.Equal("color.png", root.GetProperty("icons").GetProperty("color").GetString());
    }

    [Fact]
    public void TeamsPackage_Icons_HaveTheSizesAndTransparencyTeamsRequires()
    {
        var zipPath = Path.Combine(_folder, "app.zip");
        CliRun.Run("teams-package", "--app-id", AppId, "--output", zipPath);
        using var zip = ZipFile.OpenRead(zipPath);

        var color = Png.Read(zip.GetEntry("color.png")!.Open());
        var outline = Png.Read(zip.GetEntry("outline.png")!.Open());

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(Png.RgbaColorType, outline.ColorType);
        Assert.Contains((byte)0, outline.Alphas);
        Assert.All(outline.OpaqueColors, c => Assert.Equal((255, 255, 255), c));
    }

    [Fact]
    public void TeamsPackage_AppIdFromSettings_IsUsed()
    {
        var runtime = CliRun.Create(new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId });
        var zipPath = Path.Combine(_folder, "settings.zip");

        var (exitCode, _, _) = CliRun.Run(runtime, "teams-package", "--output", zipPath);

        Assert.Equal(ExitCodes.Success, exitCode);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    public void TeamsPackage_NoValidAppId_ExitsTwo(string appId)
    {
        var (exitCode, output, _) = CliRun.Run("teams-package", "--app-id", appId, "--output", Path.Combine(_folder, "x.zip"));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("GUID", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Just enough PNG reading to check size, colour type and the pixels of an RGBA image.</summary>
    private sealed record Png(int Width, int Height, byte ColorType, IReadOnlyList<byte> Alphas, IReadOnlyList<(int, int, int)> OpaqueColors)
    {
        public const byte RgbaColorType = 6;

        public static Png Read(Stream stream)
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            int width = 0, height = 0;
            byte colorType = 0;
            using var idat = new MemoryStream();
            for (var offset = 8; offset < bytes.Length;)
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
                var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
                var data = bytes.AsSpan(offset + 8, length);
                if (type == "IHDR")
                {
                    (width, height, colorType) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), data[9]);
                }
                else if (type == "IDAT")
                {
                    idat.Write(data);
                }

                offset += 12 + length;
            }

            if (colorType != RgbaColorType)
            {
                return new Png(width, height, colorType, [], []);
            }

            idat.Position = 0;
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
            {
                zlib.CopyTo(inflated);
            }

            var raw = inflated.ToArray();
            var stride = (width * 4) + 1;
            var pixels = new byte[width * height * 4];
            var previous = new byte[width * 4];
            for (var y = 0; y < height; y++)
            {
                var filter = raw[y * stride];
                var row = raw.AsSpan((y * stride) + 1, width * 4).ToArray();
                for (var i = 0; i < row.Length; i++)
                {
                    int a = i >= 4 ? row[i - 4] : 0, b = previous[i], c = i >= 4 ? previous[i - 4] : 0;
                    row[i] = (byte)(row[i] + filter switch
                    {
                        1 => a,
                        2 => b,
                        3 => (a + b) / 2,
                        4 => Paeth(a, b, c),
                        _ => 0,
                    });
                }

                row.CopyTo(pixels, y * width * 4);
                previous = row;
            }

            var alphas = Enumerable.Range(0, width * height).Select(i => pixels[(i * 4) + 3]).ToArray();
            var opaque = Enumerable.Range(0, width * height).Where(i => pixels[(i * 4) + 3] == 255)
                .Select(i => ((int)pixels[i * 4], (int)pixels[(i * 4) + 1], (int)pixels[(i * 4) + 2])).ToArray();
            return new Png(width, height, colorType, alphas, opaque);
        }

        private static int Paeth(int a, int b, int c)
        {
            var p = a + b - c;
            int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
