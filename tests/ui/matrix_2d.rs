//@ run-pass
//@ spec: 11.7
const N: usize = 3;

fn multiply(a: &[[i64; N]; N], b: &[[i64; N]; N]) -> [[i64; N]; N] {
    let mut c = [[0i64; N]; N];
    for i in 0..N {
        for j in 0..N {
            for k in 0..N {
                c[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    c
}

fn main() {
    let a = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let id = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
    let sq = multiply(&a, &a);
    println!("{:?}", sq);
    println!("{}", multiply(&a, &id) == a);
    println!("{:#?}", sq[0]);
}
