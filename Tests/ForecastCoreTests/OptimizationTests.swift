import ForecastCore
import Testing

@Suite("Nelder–Mead and the logistic box")
struct OptimizationTests {
  /// Rosenbrock's function, minimum 0 at (1, 1), from its classic start (−1.2, 1).
  @Test func nelderMeadFindsRosenbrocksMinimum() {
    let result = NelderMead(relativeTolerance: 1e-14, maximumEvaluations: 5_000).minimize(
      start: [-1.2, 1], step: [0.1, 0.1]
    ) { x in
      let (a, b) = (x[0], x[1])
      return 100 * (b - a * a) * (b - a * a) + (1 - a) * (1 - a)
    }
    #expect(result.converged)
    #expect(abs(result.point[0] - 1) < 1e-3 && abs(result.point[1] - 1) < 1e-3, "\(result.point)")
    #expect(result.value < 1e-8)
  }

  @Test func theLogisticBoxMapsOntoItsBoxAndBack() {
    let box = LogisticBox(lower: [0, 0.8, -.infinity], upper: [1, 0.98, .infinity])
    let x = [0.25, 0.9, -42.0]
    let u = box.unconstrained(x)
    #expect(u[2] == -42)
    let back = box.constrained(u)
    for i in x.indices { #expect(abs(back[i] - x[i]) < 1e-12) }
    // Far coordinates stay inside, and a point on a face comes back just inside it.
    let far = box.constrained([1e3, -1e3, 5])
    #expect(far[0] <= 1 && far[0] > 0.999 && far[1] >= 0.8 && far[1] < 0.8001 && far[2] == 5)
    let face = box.constrained(box.unconstrained([1, 0.8, 0]))
    #expect(face[0] < 1 && face[0] > 1 - 1e-6 && face[1] > 0.8 && face[1] < 0.8 + 1e-6)
  }

  /// (x − 2)² on [0, 1]: the simplex in logistic coordinates goes to the face x = 1
  /// without ever leaving the box.
  @Test func aSearchOverTheBoxEndsOnItsFace() {
    let box = LogisticBox(lower: [0], upper: [1])
    var visitedOutside = false
    var x = [0.0]
    let result = x.withUnsafeMutableBufferPointer { point in
      NelderMead(maximumEvaluations: 2_000).minimize(start: box.unconstrained([0.5]), step: [2]) {
        u in
        box.constrain(u, into: point)
        if point[0] < 0 || point[0] > 1 { visitedOutside = true }
        return (point[0] - 2) * (point[0] - 2)
      }
    }
    #expect(!visitedOutside)
    #expect(box.constrained(result.point)[0] > 0.999)
  }
}
