//@ run-pass
//@ spec: 11.1 11.3 11.4 11.7 6.11
// A 3x3 f64 matrix struct with multiply, transpose, determinant and identity checks.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Mat3 {
    m: [[f64; 3]; 3],
}

impl Mat3 {
    fn identity() -> Self {
        let mut m = [[0.0; 3]; 3];
        for i in 0..3 { m[i][i] = 1.0; }
        Mat3 { m }
    }
    fn mul(&self, o: &Mat3) -> Mat3 {
        let mut r = [[0.0; 3]; 3];
        for i in 0..3 {
            for j in 0..3 {
                for k in 0..3 {
                    r[i][j] += self.m[i][k] * o.m[k][j];
                }
            }
        }
        Mat3 { m: r }
    }
    fn transpose(self) -> Mat3 {
        let mut t = self;
        for i in 0..3 {
            for j in 0..3 { t.m[i][j] = self.m[j][i]; }
        }
        t
    }
    fn det(&self) -> f64 {
        let a = &self.m;
        a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
            - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
            + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
    }
    fn scale(&mut self, k: f64) {
        for i in 0..3 { for j in 0..3 { self.m[i][j] *= k; } }
    }
    fn print(&self, name: &str) {
        println!("{}:", name);
        for row in &self.m {
            println!("  [{:>7.2} {:>7.2} {:>7.2}]", row[0], row[1], row[2]);
        }
    }
}

fn main() {
    let a = Mat3 { m: [[2.0, 0.0, 1.0], [1.0, 3.0, 2.0], [1.0, 1.0, 1.0]] };
    let i = Mat3::identity();
    a.print("a");
    println!("a*I == a: {}", a.mul(&i) == a);
    let at = a.transpose();
    at.print("a^T");
    println!("det(a)={} det(a^T)={}", a.det(), at.det());
    let p = a.mul(&at);
    p.print("a*a^T");
    let mut s = a;
    s.scale(0.5);
    println!("det(a/2)={:.3}", s.det());
    println!("{:?}", i);
    println!("symmetric: {}", p == p.transpose());
}
