using Mes.Gateway;

await MesGateway.Build(args).RunAsync();
