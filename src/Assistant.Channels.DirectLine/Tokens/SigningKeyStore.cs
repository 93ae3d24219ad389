using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Channels.DirectLine.Tokens;

/// <summary>
/// The key that signs Direct Line tokens: the configured one, or one generated on first use and
/// kept in a file, so that tokens survive a restart and a reloaded page still reconnects. Created
/// lazily, so a host that never issues a token writes no file.
/// </summary>
internal sealed class SigningKeyStore
{
    private readonly Lazy<SymmetricSecurityKey> _key;

    public SigningKeyStore(IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _key = new Lazy<SymmetricSecurityKey>(() => new SymmetricSecurityKey(
            string.IsNullOrEmpty(settings.TokenSigningKey)
                ? LoadOrCreate(Path.GetFullPath(settings.SigningKeyPath))
                : Convert.FromBase64String(settings.TokenSigningKey)));
    }

    public SymmetricSecurityKey Key => _key.Value;

    private static byte[] LoadOrCreate(string path)
    {
        if (TryRead(path) is { } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(64);
        try
        {
            // CreateNew: when two processes start at once, the second reads the first one's key.
            var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(path, file))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(Convert.ToBase64String(key));
            }

            return key;
        }
        catch (IOException) when (TryRead(path) is { } written)
        {
            return written;
        }
    }

    private static byte[]? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path).Trim();
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && written >= DirectLineOptionsValidator.MinimumKeyBytes
            ? buffer[..written]
            : throw new InvalidOperationException($"The Direct Line signing key file {path} is not a base64 key of at least {DirectLineOptionsValidator.MinimumKeyBytes} bytes; delete it to have a new one made.");
    }
}
