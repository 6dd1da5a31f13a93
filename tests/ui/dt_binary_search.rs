//@ run-pass
//@ spec: 11.8 11.9 11.11
// Binary search over a sorted slice, returning an enum that says where a key is or would go.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Search {
    Found(usize),
    Insert(usize),
}

fn bsearch(hay: &[u32], key: u32) -> Search {
    let mut lo = 0usize;
    let mut hi = hay.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if hay[mid] == key {
            return Search::Found(mid);
        } else if hay[mid] < key {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Search::Insert(lo)
}

fn lower_bound(hay: &[u32], key: u32) -> usize {
    let (mut lo, mut hi) = (0, hay.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if hay[mid] < key { lo = mid + 1 } else { hi = mid }
    }
    lo
}

fn main() {
    let primes = [2u32, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];
    for key in [2, 13, 37, 1, 20, 40] {
        let r = bsearch(&primes, key);
        match r {
            Search::Found(i) => println!("{:>3} found at {}", key, i),
            Search::Insert(i) if i == 0 => println!("{:>3} goes first", key),
            Search::Insert(i) if i == primes.len() => println!("{:>3} goes last", key),
            Search::Insert(i) => println!("{:>3} goes between {} and {}", key, primes[i - 1], primes[i]),
        }
    }
    let dups = [1u32, 2, 2, 2, 5, 5, 9];
    println!("lower_bound(2)={} lower_bound(5)={} lower_bound(6)={}",
             lower_bound(&dups, 2), lower_bound(&dups, 5), lower_bound(&dups, 6));
    let sub = &primes[4..9];
    println!("{:?} in {:?}", bsearch(sub, 17), sub);
    println!("{}", bsearch(&[], 3) == Search::Insert(0));
}
