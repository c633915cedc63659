using GraphBuilder.Worker.Cli;

return await GraphBuilderCommands.InvokeAsync(args, Console.Error).ConfigureAwait(false);
