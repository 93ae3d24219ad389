global using Assistant.WebChat.Tests.Support;
