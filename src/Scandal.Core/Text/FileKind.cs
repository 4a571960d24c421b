using System.Runtime.InteropServices;

namespace Scandal.Core.Text;

/// <summary>
/// What a path names, asked without opening it: opening a named pipe blocks until a writer comes, and a device or a
/// socket is no article. On Unix this is <c>stat(2)</c> through the runtime's own native shim (the one
/// <see cref="FileInfo"/> uses); on Windows, the file attributes.
/// </summary>
internal static partial class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>
    /// <see langword="null"/> when <paramref name="path"/> is a regular file (or does not exist, or cannot be asked:
    /// opening it will then say why), else what it is instead ("a named pipe", "a device"...).
    /// </summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var attributes = File.GetAttributes(path);
            return (attributes & FileAttributes.Directory) != 0 ? "a folder"
                : (attributes & FileAttributes.Device) != 0 ? "a device"
                : null;
        }

        FileStatus status;
        try
        {
            if (Stat(path, out status) != 0)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return (status.Mode & TypeMask) switch
        {
            Regular => null,
            Fifo => "a named pipe",
            CharacterDevice or BlockDevice => "a device",
            Directory => "a folder",
            Socket => "a socket",
            _ => "not a regular file",
        };
    }

    /// <summary>The head of the runtime's <c>FileStatus</c>; the size leaves room for the rest, which is not read.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Stat(string path, out FileStatus output);
}
