//@ spec: 16.7
// peekable (peek, next_if), iter_mut, and Option's take/replace.
fn run_lengths(xs: &[u8]) {
    let mut it = xs.iter().peekable();
    while let Some(&x) = it.next() {
        let mut n = 1;
        while let Some(&&y) = it.peek() {
            if y != x {
                break;
            }
            it.next();
            n += 1;
        }
        print!("{}x{} ", n, x);
    }
    println!();
}

fn sum_digits_prefix(xs: &[u32]) -> u32 {
    let mut it = xs.iter().copied().peekable();
    let mut total = 0;
    while let Some(d) = it.next_if(|&d| d < 10) {
        total = total * 10 + d;
    }
    println!("stopped at {:?}", it.peek());
    total
}

fn scale(xs: &mut [f64], k: f64) {
    for x in xs.iter_mut() {
        *x *= k;
    }
}

fn main() {
    run_lengths(&[1, 1, 2, 3, 3, 3, 1]);
    run_lengths(&[]);
    println!("{}", sum_digits_prefix(&[4, 2, 7, 15, 3]));
    let mut it = (1..4).peekable();
    let a = it.peek().copied();
    let b = it.peek().copied();
    println!("{:?} {:?} {:?}", a, b, it.next());
    println!("{:?} {:?}", it.next(), it.next());
    let c = it.peek().copied();
    println!("{:?} {:?}", c, it.next());

    let mut grid = [[1, 2], [3, 4]];
    for row in grid.iter_mut() {
        for cell in row.iter_mut() {
            *cell *= *cell;
        }
    }
    println!("{:?}", grid);
    let mut ws = [0.5, 1.5, 2.0];
    scale(&mut ws, 4.0);
    scale(&mut ws[1..], 0.5);
    let left = ws.iter_mut().len();
    println!("{:?} {}", ws, left);
    let mut evens = [1, 2, 3, 4, 5, 6];
    for x in evens.iter_mut().filter(|x| **x % 2 == 0) {
        *x = 0;
    }
    println!("{:?}", evens);

    let mut slot = Some(3);
    let got = slot.take();
    println!("{:?} {:?}", got, slot);
    let old = slot.replace(9);
    println!("{:?} {:?}", old, slot);
}
