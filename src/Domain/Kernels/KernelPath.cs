namespace Expressivity.Domain.Kernels;

/// <summary>Which implementation a kernel uses; <see cref="Auto"/> picks the widest the CPU supports.</summary>
public enum KernelPath
{
    /// <summary>Vector512 when accelerated, else Vector256, else scalar.</summary>
    Auto,

    /// <summary>Eight 64-bit lanes (AVX-512); throws if the CPU lacks it.</summary>
    Vector512,

    /// <summary>Four 64-bit lanes (AVX2); throws if the CPU lacks it.</summary>
    Vector256,

    /// <summary>The scalar reference.</summary>
    Scalar,
}
