//@ spec: 13.1 13.3 14.3
// Generic algorithms over slices: largest, bubble sort, binary search and counting, bounded by Ord/PartialOrd.
fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for &x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn bubble_sort<T: PartialOrd + Copy>(xs: &mut [T]) -> u32 {
    let mut swaps = 0;
    let n = xs.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if xs[j] > xs[j + 1] {
                let t = xs[j];
                xs[j] = xs[j + 1];
                xs[j + 1] = t;
                swaps += 1;
            }
        }
    }
    swaps
}

fn binary_search<T: Ord>(xs: &[T], target: &T) -> Option<usize> {
    let mut lo = 0;
    let mut hi = xs.len();
    while lo < hi {
        let mid = (lo + hi) / 2;
        if xs[mid] == *target {
            return Some(mid);
        } else if xs[mid] < *target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}

fn count_eq<T: PartialEq>(xs: &[T], x: &T) -> usize {
    let mut n = 0;
    for y in xs.iter() {
        if y == x {
            n += 1;
        }
    }
    n
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Score(u32, char);

fn main() {
    let mut nums = [42, 7, 19, 7, 88, 3, 56];
    println!("largest = {}", largest(&nums));
    let swaps = bubble_sort(&mut nums);
    println!("sorted = {:?} after {} swaps", nums, swaps);
    println!("find 19: {:?}, find 20: {:?}", binary_search(&nums, &19), binary_search(&nums, &20));
    println!("sevens: {}", count_eq(&nums, &7));

    let mut letters = ['t', 'r', 'a', 'i', 't'];
    bubble_sort(&mut letters);
    println!("letters = {:?}, largest {}", letters, largest(&letters));
    println!("find 'r': {:?}", binary_search(&letters, &'r'));

    let mut temps = [12.5, -3.0, 8.25, 30.0];
    bubble_sort(&mut temps);
    println!("temps = {:?}, max {}", temps, largest(&temps));

    let mut scores = [Score(70, 'b'), Score(90, 'a'), Score(70, 'a')];
    bubble_sort(&mut scores);
    println!("scores = {:?}", scores);
    println!("best = {:?}", largest(&scores));
    println!("count Score(70,'a') = {}", count_eq(&scores, &Score(70, 'a')));
}
