using Microsoft.Extensions.DependencyInjection;
using Scandal.Cli;
using Scandal.Core;

// The sample console: cross-checks articles and prints what it found.
//   dotnet run --project samples/Scandal.Cli                       reads seeds/
//   dotnet run --project samples/Scandal.Cli -- a.txt dir/ -r --format json --out report.json
// Every failure is one line on standard error and an exit code listed in --help.
var parsed = CliArguments.Parse(args);
if (parsed.Error is not null)
{
    Console.Error.WriteLine($"scandal: {parsed.Error}");
    Console.Error.WriteLine(CliArguments.Usage);
    return CliError.Usage;
}

if (parsed.ShowHelp)
{
    Console.WriteLine(CliArguments.Usage);
    return 0;
}

try
{
    using var services = new ServiceCollection().AddScandal().BuildServiceProvider();
    var engine = services.GetRequiredService<ScandalEngine>();
    using var stdout = Console.OpenStandardOutput();
    return Runner.Run(engine, parsed, stdout, Console.Error);
}
catch (CliError error)
{
    Console.Error.WriteLine($"scandal: {error.Message}");
    return error.ExitCode;
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"scandal: cannot write the report: {ex.Message.ReplaceLineEndings(" ")}");
    return CliError.Output;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"scandal: internal error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
    return CliError.Internal;
}
