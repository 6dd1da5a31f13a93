//@ run-pass
//@ spec: 5.5
fn main() {
    let mut found = (0, 0);
    'outer: for i in 1..10 {
        for j in 1..10 {
            if i * j == 42 {
                found = (i, j);
                break 'outer;
            }
        }
    }
    println!("{} {}", found.0, found.1);
    let mut count = 0;
    'rows: for i in 0..5 {
        for j in 0..5 {
            if j > i { continue 'rows; }
            count += 1;
        }
    }
    println!("{}", count);
    let v = 'search: loop {
        let mut k = 0;
        while k < 100 {
            k += 7;
            if k % 5 == 0 { break 'search k; }
        }
    };
    println!("{}", v);
}
