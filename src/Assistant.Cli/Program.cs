using System.Text;
using Assistant.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, CliRuntime.FromEnvironment(), Console.In, Console.Out, Console.Error);
