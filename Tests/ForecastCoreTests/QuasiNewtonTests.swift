import ForecastCore
import Testing

@Suite("BFGS against R's optim")
struct QuasiNewtonTests {
  static func rosenbrock(_ x: UnsafeBufferPointer<Double>) -> Double {
    let (a, b) = (x[0], x[1])
    return 100 * (b - a * a) * (b - a * a) + (1 - a) * (1 - a)
  }

  /// `optim(c(-1.2, 1), fr, method = "BFGS")` and with `parscale = c(2, 0.5)`
  /// (`Golden/make_bfgs_golden.R`): the same algorithm stops at R's point, after as
  /// many gradients.
  @Test(arguments: [
    ([1.0, 1.0], [0.99980443323139745, 0.99960838062348123], 3.8273827561079511e-08, 38),
    ([2.0, 0.5], [0.99918946797823327, 0.99837951499901156], 6.5696276546328176e-07, 37),
  ])
  func rosenbrockAsR(scale: [Double], point: [Double], value: Double, gradients: Int) {
    let result = QuasiNewton().minimize(start: [-1.2, 1], scale: scale, objective: Self.rosenbrock)
    #expect(result.converged)
    for i in 0..<2 { #expect(abs(result.point[i] - point[i]) < 1e-9, "\(result.point)") }
    #expect(abs(result.value - value) < 1e-12, "\(result.value)")
    #expect(result.iterations == gradients)
  }

  /// A quadratic bowl is solved to the tolerance, and a start where the objective is
  /// not finite is returned as is, not converged.
  @Test func quadraticAndNonFiniteStart() {
    let bowl = QuasiNewton().minimize(start: [3, -2, 5]) { x in
      (x[0] - 1) * (x[0] - 1) + 4 * (x[1] + 0.5) * (x[1] + 0.5) + (x[2] - x[0]) * (x[2] - x[0])
    }
    #expect(bowl.converged)
    for (got, want) in zip(bowl.point, [1, -0.5, 1]) { #expect(abs(got - want) < 1e-4) }
    let nowhere = QuasiNewton().minimize(start: [1]) { _ in .nan }
    #expect(!nowhere.converged && nowhere.point == [1] && nowhere.value == .infinity)
  }
}
