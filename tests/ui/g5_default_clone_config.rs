//@ spec: 14.11 14.3 13.1
// Hand-written Clone and Default impls, T::default() in generic code and Default::default().
#[derive(Debug)]
struct Config {
    retries: u32,
    verbose: bool,
    ratio: f64,
}

impl Default for Config {
    fn default() -> Config {
        Config { retries: 3, verbose: false, ratio: 0.5 }
    }
}

impl Clone for Config {
    fn clone(&self) -> Config {
        println!("(cloning config)");
        Config { retries: self.retries, verbose: self.verbose, ratio: self.ratio }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Level(u8);

impl Default for Level {
    fn default() -> Self {
        Level(1)
    }
}

fn reset<T: Default>(slot: &mut T) {
    *slot = T::default();
}

fn pair_of_defaults<A: Default, B: Default>() -> (A, B) {
    (A::default(), B::default())
}

fn cloned_twice<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn main() {
    let base = Config::default();
    println!("{:?}", base);
    let custom = Config { retries: 10, ..Default::default() };
    println!("{:?}", custom);
    let mut copy = custom.clone();
    copy.verbose = true;
    println!("{:?} vs {:?}", copy.verbose, custom.verbose);

    let mut lvl = Level(7);
    reset(&mut lvl);
    println!("reset level: {:?}", lvl);
    let mut n = 42u64;
    reset(&mut n);
    println!("reset u64: {}", n);

    let (a, b): (Level, i32) = pair_of_defaults();
    println!("defaults: {:?} {}", a, b);
    let (c, d) = pair_of_defaults::<bool, Config>();
    println!("defaults: {} {:?}", c, d);

    let (x, y) = cloned_twice(&Level(9));
    println!("clones equal: {}", x == y);
    let (p, _q) = cloned_twice(&base);
    println!("cloned retries: {}", p.retries);
}
