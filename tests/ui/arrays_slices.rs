//@ run-pass
//@ spec: 11.7 11.8
#[derive(Clone, Copy, Debug)]
struct Point { x: f64, y: f64, z: f64 }

const N: usize = 1000;

struct Points { x: [f64; N], y: [f64; N], z: [f64; N] }

fn sum(xs: &[i32]) -> i32 {
    let mut s = 0;
    for x in xs {
        s += *x;
    }
    s
}

fn main() {
    let a = [1, 2, 3, 4];
    let mut b = [0u8; 5];
    b[2] = 7;
    println!("{:?} {:?} {} {}", a, b, a.len(), a[3]);
    println!("{}", sum(&a));
    let grid = [[1, 2], [3, 4]];
    println!("{:?} {}", grid, grid[1][0]);
    for row in grid.iter() {
        for v in row.iter() { print!("{} ", v); }
    }
    println!();
    let mut aos = [Point { x: 0.0, y: 0.0, z: 0.0 }; N];
    let mut soa = Points { x: [0.0; N], y: [0.0; N], z: [0.0; N] };
    for i in 0..N {
        let f = i as f64;
        aos[i] = Point { x: f * 0.5, y: f, z: -f };
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
    println!("{} {}", aos[N - 1].y + aos[N - 1].z, soa.y[1] + soa.z[1]);
    println!("{:#?}", [1, 2]);
}
