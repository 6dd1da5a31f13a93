// AoS vs SoA: sum the x coordinate of 100 000 points 100 times (10 million point visits
// per layout). Benchmark for `make bench`-style comparisons; not part of `make test`.
#[derive(Clone, Copy)]
struct Point { x: f64, y: f64, z: f64 }

const N: usize = 100_000;

struct Points { x: [f64; N], y: [f64; N], z: [f64; N] }

fn fill_aos(aos: &mut [Point]) {
    for i in 0..aos.len() {
        let f = i as f64;
        aos[i] = Point { x: f * 0.5, y: f, z: -f };
    }
}

fn main() {
    let mut aos = [Point { x: 0.0, y: 0.0, z: 0.0 }; N];
    fill_aos(&mut aos);
    let mut soa = Points { x: [0.0; N], y: [0.0; N], z: [0.0; N] };
    for i in 0..N {
        let f = i as f64;
        soa.x[i] = f * 0.5;
        soa.y[i] = f;
        soa.z[i] = -f;
    }
    let mut sum_aos = 0.0;
    let mut sum_soa = 0.0;
    for _round in 0..100 {
        for p in aos.iter() { sum_aos += p.x; }
        for x in soa.x.iter() { sum_soa += *x; }
    }
    println!("{} {} {}", sum_aos, sum_soa, sum_aos == sum_soa);
    println!("{}", soa.y[N - 1] + soa.z[N - 1] + aos[7].y);
}
