using Expressivity.Actors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Expressivity.Actors.Metrics;

/// <summary>Exports <see cref="SweepMetrics"/> with OpenTelemetry: a Prometheus scrape endpoint or OTLP push.</summary>
public static class MetricsHostingExtensions
{
    /// <summary>Adds the exporter chosen by <paramref name="options"/> (nothing for "none").</summary>
    public static IServiceCollection AddSweepMetrics(this IServiceCollection services, MetricsOptions options)
    {
        options.Validate();
        if (options.Exporter == "none") return services;
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(SweepMetrics.MeterName);
            if (options.Exporter == "prometheus")
            {
                var (host, port) = options.PrometheusEndpoint;
                metrics.AddPrometheusHttpListener(o =>
                {
                    o.Host = host;
                    o.Port = port;
                });
            }
            else
                metrics.AddOtlpExporter(o => o.Endpoint = new Uri(options.OtlpEndpoint!));
        });
        return services;
    }
}
