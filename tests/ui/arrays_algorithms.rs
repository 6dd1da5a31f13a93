//@ run-pass
//@ spec: 11.7 11.8
fn bubble_sort(a: &mut [i32]) {
    let n = a.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if a[j] > a[j + 1] {
                let t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
            }
        }
    }
}

fn binary_search(a: &[i32], target: i32) -> i32 {
    let mut lo = 0usize;
    let mut hi = a.len();
    while lo < hi {
        let mid = (lo + hi) / 2;
        if a[mid] == target {
            return mid as i32;
        } else if a[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    -1
}

fn max_of(a: &[i32]) -> i32 {
    let mut m = a[0];
    for &x in a {
        if x > m { m = x; }
    }
    m
}

fn main() {
    let mut data = [38, 27, 43, 3, 9, 82, 10];
    bubble_sort(&mut data);
    println!("{:?}", data);
    println!("{} {}", binary_search(&data, 43), binary_search(&data, 5));
    println!("{}", max_of(&data[..3]));
    let mut sieve = [true; 50];
    sieve[0] = false;
    sieve[1] = false;
    let mut i = 2;
    while i * i < 50 {
        if sieve[i] {
            let mut j = i * i;
            while j < 50 {
                sieve[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    for n in 0..sieve.len() {
        if sieve[n] { print!("{} ", n); }
    }
    println!();
}
