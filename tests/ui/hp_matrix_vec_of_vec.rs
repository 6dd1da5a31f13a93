//@ spec: 17.6, 17.7, 17.10
// A matrix as Vec<Vec<f64>>: built with vec![vec![..]; n], transposed, multiplied,
// rows borrowed as slices, and a row swap; pretty-printed with {:#?} and padded rows.
type Matrix = Vec<Vec<i64>>;

fn identity(n: usize) -> Matrix {
    let mut m = vec![vec![0; n]; n];
    for i in 0..n {
        m[i][i] = 1;
    }
    m
}

fn transpose(m: &Matrix) -> Matrix {
    let rows = m.len();
    let cols = if rows == 0 { 0 } else { m[0].len() };
    let mut t = vec![vec![0; rows]; cols];
    for r in 0..rows {
        for c in 0..cols {
            t[c][r] = m[r][c];
        }
    }
    t
}

fn multiply(a: &Matrix, b: &Matrix) -> Option<Matrix> {
    if a.is_empty() || a[0].len() != b.len() {
        return None;
    }
    let bt = transpose(b);
    let out: Matrix = a
        .iter()
        .map(|row| bt.iter().map(|col| dot(row, col)).collect())
        .collect();
    Some(out)
}

fn dot(x: &[i64], y: &[i64]) -> i64 {
    x.iter().zip(y.iter()).map(|(a, b)| a * b).sum()
}

fn print(m: &Matrix) {
    for row in m {
        let cells: Vec<String> = row.iter().map(|v| format!("{:>4}", v)).collect();
        println!("[{}]", cells.join(""));
    }
}

fn main() {
    let a: Matrix = vec![vec![1, 2, 3], vec![4, 5, 6]];
    print(&a);
    let t = transpose(&a);
    println!("transpose:");
    print(&t);
    println!("a * t:");
    print(&multiply(&a, &t).unwrap());
    println!("a * a: {:?}", multiply(&a, &a));
    println!("a * I3 == a: {}", multiply(&a, &identity(3)).unwrap() == a);
    let mut m = identity(2);
    m.swap(0, 1);
    m[1].push(9);
    println!("{:?}", m);
    let row: &[i64] = &a[1];
    println!("row 1 sum {} first {:?} middle {:?}", row.iter().sum::<i64>(), row.first(), &row[1..2]);
    let empty: Matrix = Vec::new();
    println!("empty transpose {:?}", transpose(&empty));
}
