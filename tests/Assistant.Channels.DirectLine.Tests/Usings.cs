global using Assistant.Channels.DirectLine.Tests.Support;
