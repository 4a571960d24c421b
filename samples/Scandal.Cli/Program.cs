using Microsoft.Extensions.DependencyInjection;
using Scandal.Cli;
using Scandal.Core;

// The sample console: cross-checks articles and prints what it found.
//   dotnet run --project samples/Scandal.Cli                       reads seeds/
//   dotnet run --project samples/Scandal.Cli -- a.txt dir/ --format json --out report.json
var parsed = CliArguments.Parse(args);
if (parsed.Error is not null)
{
    Console.Error.WriteLine($"scandal: {parsed.Error}");
    Console.Error.WriteLine(CliArguments.Usage);
    return 2;
}

if (parsed.ShowHelp)
{
    Console.WriteLine(CliArguments.Usage);
    return 0;
}

using var services = new ServiceCollection().AddScandal().BuildServiceProvider();
var engine = services.GetRequiredService<ScandalEngine>();
return Runner.Run(engine, parsed, Console.Out, Console.Error);
