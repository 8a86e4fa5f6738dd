namespace Expressivity.Deployment.Tests;
